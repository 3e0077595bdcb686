/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-session"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "fl-session.h"

struct _FlSession
{
  GObject  parent_instance;

  gint64   account_id;
  char    *login;
  char    *display_name;
  gint64   staff_id;
  FlRoles  roles;
};

G_DEFINE_FINAL_TYPE (FlSession, fl_session, G_TYPE_OBJECT)
G_DEFINE_QUARK (fl-session-error-quark, fl_session_error)

/* Who may do what. Checked here, in the core, so that a refused action is
 * refused however it is called; the UI only mirrors these answers. */
static FlRoles
roles_for_permission (FlPermission permission)
{
  switch (permission)
    {
    case FL_PERMISSION_VIEW_STAFF:
      return FL_ROLE_ALL;
    case FL_PERMISSION_MANAGE_STAFF:
      return FL_ROLE_DEPT_HEAD | FL_ROLE_ADMIN;
    case FL_PERMISSION_MANAGE_ACCOUNTS:
      return FL_ROLE_ADMIN;
    case FL_PERMISSION_CHANGE_POLICIES:
      return FL_ROLE_DEPT_HEAD | FL_ROLE_ADMIN;
    case FL_PERMISSION_VIEW_RECORDINGS:
      return FL_ROLE_ALL;
    case FL_PERMISSION_IMPORT_RECORDINGS:
      return FL_ROLE_QA_AUDITOR | FL_ROLE_ADMIN;
    case FL_PERMISSION_EVALUATE:
      /* Team leads and heads score their supervisors' monitoring quota. */
      return FL_ROLE_QA_AUDITOR | FL_ROLE_TEAM_LEAD | FL_ROLE_DEPT_HEAD;
    case FL_PERMISSION_EDIT_SCORECARDS:
      return FL_ROLE_QA_AUDITOR | FL_ROLE_ADMIN;
    case FL_PERMISSION_PLAN_SAMPLING:
      return FL_ROLE_QA_AUDITOR | FL_ROLE_DEPT_HEAD | FL_ROLE_ADMIN;
    case FL_PERMISSION_CLOSE_QA_MONTH:
      return FL_ROLE_DEPT_HEAD | FL_ROLE_ADMIN;
    case FL_PERMISSION_FILE_COMPLAINT:
      return FL_ROLE_ALL;
    case FL_PERMISSION_VERIFY_COMPLAINT:
      return FL_ROLE_QA_AUDITOR;
    case FL_PERMISSION_FILE_DISPUTE:
      /* On the agent's behalf: agents do not sign in. */
      return FL_ROLE_TEAM_LEAD;
    case FL_PERMISSION_RUN_CALIBRATION:
      return FL_ROLE_QA_AUDITOR | FL_ROLE_DEPT_HEAD;
    case FL_PERMISSION_EDIT_ROSTER:
      /* A lead their own team's (checked by the roster service); the head any. */
      return FL_ROLE_TEAM_LEAD | FL_ROLE_DEPT_HEAD;
    case FL_PERMISSION_PUBLISH_ROSTER:
      return FL_ROLE_DEPT_HEAD;
    case FL_PERMISSION_FILE_LEAVE:
      /* A lead for their team and themselves (checked by the leave service). */
      return FL_ROLE_TEAM_LEAD | FL_ROLE_DEPT_HEAD | FL_ROLE_ADMIN;
    case FL_PERMISSION_APPROVE_LEAVE:
      /* Each request's steps name whose decision it waits for. */
      return FL_ROLE_TEAM_LEAD | FL_ROLE_DEPT_HEAD | FL_ROLE_ADMIN;
    case FL_PERMISSION_VIEW_LEDGER:
      return FL_ROLE_TEAM_LEAD | FL_ROLE_DEPT_HEAD | FL_ROLE_ADMIN;
    case FL_PERMISSION_MANAGE_STOCK:
      /* The catalog and every movement of stock: the admin office keeps them. */
      return FL_ROLE_ADMIN;
    case FL_PERMISSION_REQUEST_SUPPLIES:
      return FL_ROLE_TEAM_LEAD | FL_ROLE_DEPT_HEAD | FL_ROLE_ADMIN;
    case FL_PERMISSION_APPROVE_SUPPLIES:
      return FL_ROLE_DEPT_HEAD | FL_ROLE_ADMIN;
    case FL_PERMISSION_MANAGE_SOURCES:
      /* Recording servers and their sign-in. */
      return FL_ROLE_ADMIN;
    default:
      g_assert_not_reached ();
    }
}

static const char *
describe_permission (FlPermission permission)
{
  switch (permission)
    {
    case FL_PERMISSION_VIEW_STAFF:
      return _("Only signed-in staff may see the staff list.");
    case FL_PERMISSION_MANAGE_STAFF:
      return _("Only the department head or an administrator may add, edit or deactivate staff, teams and departments.");
    case FL_PERMISSION_MANAGE_ACCOUNTS:
      return _("Only an administrator may create or change accounts.");
    case FL_PERMISSION_CHANGE_POLICIES:
      return _("Only the department head or an administrator may change the center's policies.");
    case FL_PERMISSION_VIEW_RECORDINGS:
      return _("Only signed-in staff may see recordings.");
    case FL_PERMISSION_IMPORT_RECORDINGS:
      return _("Only a QA auditor or an administrator may import recordings.");
    case FL_PERMISSION_EVALUATE:
      return _("Only a QA auditor, a team lead or the department head may evaluate calls.");
    case FL_PERMISSION_EDIT_SCORECARDS:
      return _("Only a QA auditor or an administrator may edit scorecard templates.");
    case FL_PERMISSION_PLAN_SAMPLING:
      return _("Only a QA auditor, the department head or an administrator may draw the month’s sample.");
    case FL_PERMISSION_CLOSE_QA_MONTH:
      return _("Only the department head or an administrator may close or reopen a month’s QA results.");
    case FL_PERMISSION_FILE_COMPLAINT:
      return _("Only signed-in staff may log complaints.");
    case FL_PERMISSION_VERIFY_COMPLAINT:
      return _("Only a QA auditor may verify a complaint against the recording.");
    case FL_PERMISSION_FILE_DISPUTE:
      return _("Only the agent’s team lead may dispute an evaluation on their behalf.");
    case FL_PERMISSION_RUN_CALIBRATION:
      return _("Only a QA auditor or the department head may run a calibration session.");
    case FL_PERMISSION_EDIT_ROSTER:
      return _("Only a team lead or the department head may edit a roster.");
    case FL_PERMISSION_PUBLISH_ROSTER:
      return _("Only the department head may publish a roster.");
    case FL_PERMISSION_FILE_LEAVE:
      return _("Only a team lead, the department head or an administrator may file leave.");
    case FL_PERMISSION_APPROVE_LEAVE:
      return _("Only a team lead, the department head or an administrator may decide on leave.");
    case FL_PERMISSION_VIEW_LEDGER:
      return _("Only a team lead, the department head or an administrator may see the equipment ledger.");
    case FL_PERMISSION_MANAGE_STOCK:
      return _("Only an administrator may change the catalog or move stock.");
    case FL_PERMISSION_REQUEST_SUPPLIES:
      return _("Only a team lead, the department head or an administrator may request supplies.");
    case FL_PERMISSION_APPROVE_SUPPLIES:
      return _("Only the department head or an administrator may approve supply requests.");
    case FL_PERMISSION_MANAGE_SOURCES:
      return _("Only an administrator may set up recording servers.");
    default:
      g_assert_not_reached ();
    }
}

char *
fl_roles_to_string (FlRoles roles)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  if (roles & FL_ROLE_QA_AUDITOR)
    g_ptr_array_add (names, (gpointer) _("QA auditor"));
  if (roles & FL_ROLE_TEAM_LEAD)
    g_ptr_array_add (names, (gpointer) _("Team lead"));
  if (roles & FL_ROLE_DEPT_HEAD)
    g_ptr_array_add (names, (gpointer) _("Department head"));
  if (roles & FL_ROLE_ADMIN)
    g_ptr_array_add (names, (gpointer) _("Administrator"));
  if (names->len == 0)
    return g_strdup (_("No role"));

  g_ptr_array_add (names, NULL);
  /* Translators: the separator between role names, as in "Team lead, Administrator" */
  return g_strjoinv (_(", "), (char **) names->pdata);
}

FlSession *
fl_session_new (gint64      account_id,
                const char *login,
                const char *display_name,
                gint64      staff_id,
                FlRoles     roles)
{
  FlSession *self;

  g_return_val_if_fail (login != NULL, NULL);

  self = g_object_new (FL_TYPE_SESSION, NULL);
  self->account_id = account_id;
  self->login = g_strdup (login);
  self->display_name = g_strdup (display_name ? display_name : login);
  self->staff_id = staff_id;
  self->roles = roles;
  return self;
}

/* The actor of the nightly job and of the demo center's set-up. */
FlSession *
fl_session_new_system (void)
{
  return fl_session_new (0, "system", _("Floorlead"), 0, FL_ROLE_ALL);
}

gint64
fl_session_get_account_id (FlSession *self)
{
  g_return_val_if_fail (FL_IS_SESSION (self), 0);
  return self->account_id;
}

const char *
fl_session_get_login (FlSession *self)
{
  g_return_val_if_fail (FL_IS_SESSION (self), NULL);
  return self->login;
}

const char *
fl_session_get_display_name (FlSession *self)
{
  g_return_val_if_fail (FL_IS_SESSION (self), NULL);
  return self->display_name;
}

gint64
fl_session_get_staff_id (FlSession *self)
{
  g_return_val_if_fail (FL_IS_SESSION (self), 0);
  return self->staff_id;
}

FlRoles
fl_session_get_roles (FlSession *self)
{
  g_return_val_if_fail (FL_IS_SESSION (self), FL_ROLE_NONE);
  return self->roles;
}

gboolean
fl_session_has_role (FlSession *self,
                     FlRoles    role)
{
  g_return_val_if_fail (FL_IS_SESSION (self), FALSE);
  return (self->roles & role) != 0;
}

gboolean
fl_roles_can (FlRoles      roles,
              FlPermission permission)
{
  return (roles & roles_for_permission (permission)) != 0;
}

gboolean
fl_session_can (FlSession    *self,
                FlPermission  permission)
{
  g_return_val_if_fail (FL_IS_SESSION (self), FALSE);
  return fl_roles_can (self->roles, permission);
}

gboolean
fl_session_check (FlSession     *self,
                  FlPermission   permission,
                  GError       **error)
{
  if (self == NULL)
    {
      g_set_error (error, FL_SESSION_ERROR, FL_SESSION_ERROR_PERMISSION_DENIED,
                   _("Sign in first."));
      return FALSE;
    }
  g_return_val_if_fail (FL_IS_SESSION (self), FALSE);

  if (fl_session_can (self, permission))
    return TRUE;

  g_set_error (error, FL_SESSION_ERROR, FL_SESSION_ERROR_PERMISSION_DENIED,
               "%s", describe_permission (permission));
  return FALSE;
}

static void
fl_session_finalize (GObject *object)
{
  FlSession *self = (FlSession *) object;

  g_clear_pointer (&self->login, g_free);
  g_clear_pointer (&self->display_name, g_free);

  G_OBJECT_CLASS (fl_session_parent_class)->finalize (object);
}

static void
fl_session_class_init (FlSessionClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fl_session_finalize;
}

static void
fl_session_init (FlSession *self)
{
}

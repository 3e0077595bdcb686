/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  FL_ROLE_NONE       = 0,
  FL_ROLE_QA_AUDITOR = 1 << 0,
  FL_ROLE_TEAM_LEAD  = 1 << 1,
  FL_ROLE_DEPT_HEAD  = 1 << 2,
  FL_ROLE_ADMIN      = 1 << 3,
} FlRoles;

#define FL_ROLE_ALL (FL_ROLE_QA_AUDITOR | FL_ROLE_TEAM_LEAD | FL_ROLE_DEPT_HEAD | FL_ROLE_ADMIN)

typedef enum
{
  FL_PERMISSION_VIEW_STAFF,
  FL_PERMISSION_MANAGE_STAFF,
  FL_PERMISSION_MANAGE_ACCOUNTS,
  FL_PERMISSION_CHANGE_POLICIES,
  FL_PERMISSION_VIEW_RECORDINGS,
  FL_PERMISSION_IMPORT_RECORDINGS,
  FL_PERMISSION_EVALUATE,
  FL_PERMISSION_EDIT_SCORECARDS,
  FL_PERMISSION_PLAN_SAMPLING,
  FL_PERMISSION_CLOSE_QA_MONTH,
  FL_PERMISSION_FILE_COMPLAINT,
  FL_PERMISSION_VERIFY_COMPLAINT,
  FL_PERMISSION_FILE_DISPUTE,
  FL_PERMISSION_RUN_CALIBRATION,
  FL_PERMISSION_EDIT_ROSTER,
  FL_PERMISSION_PUBLISH_ROSTER,
  FL_PERMISSION_FILE_LEAVE,
  FL_PERMISSION_APPROVE_LEAVE,
  FL_PERMISSION_VIEW_LEDGER,
  FL_PERMISSION_MANAGE_STOCK,
  FL_PERMISSION_REQUEST_SUPPLIES,
  FL_PERMISSION_APPROVE_SUPPLIES,
  FL_PERMISSION_MANAGE_SOURCES,
} FlPermission;

#define FL_SESSION_ERROR (fl_session_error_quark ())

typedef enum
{
  FL_SESSION_ERROR_PERMISSION_DENIED,
} FlSessionError;

#define FL_TYPE_SESSION (fl_session_get_type ())
G_DECLARE_FINAL_TYPE (FlSession, fl_session, FL, SESSION, GObject)

GQuark      fl_session_error_quark      (void);
char       *fl_roles_to_string          (FlRoles       roles);

FlSession  *fl_session_new              (gint64        account_id,
                                         const char   *login,
                                         const char   *display_name,
                                         gint64        staff_id,
                                         FlRoles       roles);
FlSession  *fl_session_new_system       (void);
gint64      fl_session_get_account_id   (FlSession    *self);
const char *fl_session_get_login        (FlSession    *self);
const char *fl_session_get_display_name (FlSession    *self);
gint64      fl_session_get_staff_id     (FlSession    *self);
FlRoles     fl_session_get_roles        (FlSession    *self);
gboolean    fl_session_has_role         (FlSession    *self,
                                         FlRoles       role);
/* Whether someone with @roles (an account not signed in, say) has @permission. */
gboolean    fl_roles_can                (FlRoles       roles,
                                         FlPermission  permission);
gboolean    fl_session_can              (FlSession    *self,
                                         FlPermission  permission);
gboolean    fl_session_check            (FlSession    *self,
                                         FlPermission  permission,
                                         GError      **error);

G_END_DECLS

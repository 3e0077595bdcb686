/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-account-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "fl-account-dialog.h"
#include "fl-staff-dropdowns.h"

/* Creates an account for a staff member, or changes one: its roles, whether
 * it may sign in, and optionally its password. The signed-in admin is the
 * actor the core checks and records in the audit log. */
struct _FlAccountDialog
{
  FlFormDialog         parent_instance;

  FlAccountService    *accounts;
  FlStaffService      *staff;
  FlSession           *actor;
  FlAccount           *account;
  GArray              *person_ids;

  GtkEntry            *login_entry;
  GtkDropDown         *person_dropdown;
  GtkCheckButton      *qa_auditor_check;
  GtkCheckButton      *team_lead_check;
  GtkCheckButton      *department_head_check;
  GtkCheckButton      *administrator_check;
  AdwPreferencesGroup *status_group;
  GtkSwitch           *active_switch;
  AdwPreferencesGroup *password_group;
  GtkPasswordEntry    *password_entry;
  GtkPasswordEntry    *confirm_entry;
};

G_DEFINE_FINAL_TYPE (FlAccountDialog, fl_account_dialog, FL_TYPE_FORM_DIALOG)

static FlRoles
get_roles (FlAccountDialog *self)
{
  FlRoles roles = FL_ROLE_NONE;

  if (gtk_check_button_get_active (self->qa_auditor_check))
    roles |= FL_ROLE_QA_AUDITOR;
  if (gtk_check_button_get_active (self->team_lead_check))
    roles |= FL_ROLE_TEAM_LEAD;
  if (gtk_check_button_get_active (self->department_head_check))
    roles |= FL_ROLE_DEPT_HEAD;
  if (gtk_check_button_get_active (self->administrator_check))
    roles |= FL_ROLE_ADMIN;
  return roles;
}

static void
set_roles (FlAccountDialog *self,
           FlRoles          roles)
{
  gtk_check_button_set_active (self->qa_auditor_check, (roles & FL_ROLE_QA_AUDITOR) != 0);
  gtk_check_button_set_active (self->team_lead_check, (roles & FL_ROLE_TEAM_LEAD) != 0);
  gtk_check_button_set_active (self->department_head_check, (roles & FL_ROLE_DEPT_HEAD) != 0);
  gtk_check_button_set_active (self->administrator_check, (roles & FL_ROLE_ADMIN) != 0);
}

static void
fill_people (FlAccountDialog *self)
{
  g_autoptr(GListModel) staff = NULL;
  g_autoptr(GError) error = NULL;
  gint64 staff_id = 0;
  const char *name = NULL;

  if (self->account != NULL)
    {
      staff_id = fl_account_get_staff_id (self->account);
      name = fl_account_get_display_name (self->account);
    }

  staff = fl_staff_service_list_staff (self->staff, NULL, FALSE, &error);
  if (error != NULL)
    fl_form_dialog_show_error (FL_FORM_DIALOG (self), error);
  self->person_ids = fl_staff_dropdown_fill (self->person_dropdown,
                                             /* Translators: the first entry of the
                                              * dropdown of people, before one is chosen */
                                             _("Choose a person"),
                                             staff, staff_id, name);
}

static void
load_account (FlAccountDialog *self)
{
  FlAccount *account = self->account;

  gtk_window_set_title (GTK_WINDOW (self), _("Edit Account"));
  gtk_editable_set_text (GTK_EDITABLE (self->login_entry), fl_account_get_login (account));
  /* The core keeps an account's login and the person it was made for. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->login_entry), FALSE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->person_dropdown), FALSE);
  set_roles (self, fl_account_get_roles (account));
  gtk_switch_set_active (self->active_switch, fl_account_get_active (account));
  gtk_widget_set_visible (GTK_WIDGET (self->status_group), TRUE);
  adw_preferences_group_set_title (self->password_group, _("New Password"));
  adw_preferences_group_set_description (self->password_group,
                                         _("Leave both fields empty to keep the current password."));
  /* An account keeps its login: editing starts with the roles. */
  fl_form_dialog_set_first_field (FL_FORM_DIALOG (self), GTK_WIDGET (self->qa_auditor_check));
}

/* Returns the password typed twice, "" when both fields are empty, or NULL
 * (with @error set) when they differ. */
static const char *
get_password (FlAccountDialog  *self,
              GError          **error)
{
  const char *password = gtk_editable_get_text (GTK_EDITABLE (self->password_entry));
  const char *confirmation = gtk_editable_get_text (GTK_EDITABLE (self->confirm_entry));

  if (g_strcmp0 (password, confirmation) != 0)
    {
      g_set_error_literal (error, FL_ACCOUNT_ERROR, FL_ACCOUNT_ERROR_INVALID,
                           _("The two passwords differ. Type the same password in both fields."));
      gtk_widget_grab_focus (GTK_WIDGET (self->confirm_entry));
      return NULL;
    }
  return password;
}

static gint64
create_account (FlAccountDialog  *self,
                const char       *password,
                GError          **error)
{
  return fl_account_service_create (self->accounts, self->actor,
                                    gtk_editable_get_text (GTK_EDITABLE (self->login_entry)),
                                    password,
                                    fl_staff_dropdown_get_id (self->person_dropdown, self->person_ids),
                                    get_roles (self),
                                    error);
}

/* Roles, state and an optional new password change together or not at all. */
static gint64
update_account (FlAccountDialog  *self,
                const char       *password,
                GError          **error)
{
  gint64 id = fl_account_get_id (self->account);

  if (!fl_account_service_update (self->accounts, self->actor, id, get_roles (self),
                                  gtk_switch_get_active (self->active_switch),
                                  *password != '\0' ? password : NULL, error))
    return 0;

  return id;
}

static gint64
fl_account_dialog_save (FlFormDialog  *dialog,
                        GError       **error)
{
  FlAccountDialog *self = FL_ACCOUNT_DIALOG (dialog);
  const char *password;

  password = get_password (self, error);
  if (password == NULL)
    return 0;

  if (self->account == NULL)
    return create_account (self, password, error);
  return update_account (self, password, error);
}

static void
fl_account_dialog_dispose (GObject *object)
{
  FlAccountDialog *self = FL_ACCOUNT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FL_TYPE_ACCOUNT_DIALOG);
  g_clear_object (&self->accounts);
  g_clear_object (&self->staff);
  g_clear_object (&self->actor);
  g_clear_object (&self->account);
  g_clear_pointer (&self->person_ids, g_array_unref);

  G_OBJECT_CLASS (fl_account_dialog_parent_class)->dispose (object);
}

static void
fl_account_dialog_class_init (FlAccountDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  FlFormDialogClass *form_class = FL_FORM_DIALOG_CLASS (klass);

  object_class->dispose = fl_account_dialog_dispose;
  form_class->save = fl_account_dialog_save;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/floorlead/Floorlead/staff/fl-account-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FlAccountDialog, login_entry);
  gtk_widget_class_bind_template_child (widget_class, FlAccountDialog, person_dropdown);
  gtk_widget_class_bind_template_child (widget_class, FlAccountDialog, qa_auditor_check);
  gtk_widget_class_bind_template_child (widget_class, FlAccountDialog, team_lead_check);
  gtk_widget_class_bind_template_child (widget_class, FlAccountDialog, department_head_check);
  gtk_widget_class_bind_template_child (widget_class, FlAccountDialog, administrator_check);
  gtk_widget_class_bind_template_child (widget_class, FlAccountDialog, status_group);
  gtk_widget_class_bind_template_child (widget_class, FlAccountDialog, active_switch);
  gtk_widget_class_bind_template_child (widget_class, FlAccountDialog, password_group);
  gtk_widget_class_bind_template_child (widget_class, FlAccountDialog, password_entry);
  gtk_widget_class_bind_template_child (widget_class, FlAccountDialog, confirm_entry);
}

static void
fl_account_dialog_init (FlAccountDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * fl_account_dialog_new:
 * @parent: a widget in the window the dialog belongs to
 * @accounts: the account service that saves the account
 * @staff: the staff service that lists the people to choose from
 * @actor: the signed-in administrator
 * @account: (nullable): the account to change, or %NULL to create one
 *
 * Returns: (transfer none): the dialog, not yet shown; GTK owns the window
 */
GtkWidget *
fl_account_dialog_new (GtkWidget        *parent,
                       FlAccountService *accounts,
                       FlStaffService   *staff,
                       FlSession        *actor,
                       FlAccount        *account)
{
  FlAccountDialog *self;

  g_return_val_if_fail (GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (FL_IS_ACCOUNT_SERVICE (accounts), NULL);
  g_return_val_if_fail (FL_IS_STAFF_SERVICE (staff), NULL);
  g_return_val_if_fail (FL_IS_SESSION (actor), NULL);
  g_return_val_if_fail (account == NULL || FL_IS_ACCOUNT (account), NULL);

  self = g_object_new (FL_TYPE_ACCOUNT_DIALOG,
                       "transient-for", gtk_widget_get_root (parent),
                       NULL);
  self->accounts = g_object_ref (accounts);
  self->staff = g_object_ref (staff);
  self->actor = g_object_ref (actor);
  self->account = account != NULL ? g_object_ref (account) : NULL;

  if (account != NULL)
    load_account (self);
  fill_people (self);

  return GTK_WIDGET (self);
}

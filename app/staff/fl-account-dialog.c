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
  AdwWindow            parent_instance;

  FlAccountService    *accounts;
  FlStaffService      *staff;
  FlSession           *actor;
  FlAccount           *account;
  GArray              *person_ids;

  GtkLabel            *error_label;
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

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (FlAccountDialog, fl_account_dialog, ADW_TYPE_WINDOW)

static void
show_error (FlAccountDialog *self,
            const GError    *error)
{
  gtk_label_set_text (self->error_label, error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

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
    show_error (self, error);
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
}

/* Returns the password typed twice, "" when both fields are empty, or NULL
 * (with the error shown) when they differ. */
static const char *
get_password (FlAccountDialog *self)
{
  const char *password = gtk_editable_get_text (GTK_EDITABLE (self->password_entry));
  const char *confirmation = gtk_editable_get_text (GTK_EDITABLE (self->confirm_entry));

  if (g_strcmp0 (password, confirmation) != 0)
    {
      gtk_label_set_text (self->error_label,
                          _("The two passwords differ. Type the same password in both fields."));
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
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

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  FlAccountDialog *self = FL_ACCOUNT_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  const char *password;
  gint64 id;

  password = get_password (self);
  if (password == NULL)
    return;

  if (self->account == NULL)
    id = create_account (self, password, &error);
  else
    id = update_account (self, password, &error);

  if (error != NULL)
    {
      show_error (self, error);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, id);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* Starts in the first field, not on the header bar's Cancel button. Done once
 * shown: focusing earlier makes GTK expose the window with the wrong role. */
static void
fl_account_dialog_show (GtkWidget *widget)
{
  FlAccountDialog *self = FL_ACCOUNT_DIALOG (widget);

  GTK_WIDGET_CLASS (fl_account_dialog_parent_class)->show (widget);
  /* An account keeps its login: editing starts with the roles. */
  if (self->account != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self->qa_auditor_check));
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->login_entry));
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

  object_class->dispose = fl_account_dialog_dispose;
  widget_class->show = fl_account_dialog_show;

  /**
   * FlAccountDialog::saved:
   * @id: the id of the account created or changed
   */
  signals[SAVED] = g_signal_new ("saved",
                                 G_TYPE_FROM_CLASS (klass),
                                 G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL,
                                 G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/floorlead/Floorlead/staff/fl-account-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FlAccountDialog, error_label);
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

  gtk_widget_class_install_action (widget_class, "dialog.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
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

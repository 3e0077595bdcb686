/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-staff-panel-actions"

#include "config.h"

#include <glib/gi18n.h>

#include "fl-account-dialog.h"
#include "fl-department-dialog.h"
#include "fl-holdings-dialog.h"
#include "fl-ledger-service.h"
#include "fl-staff-member-dialog.h"
#include "fl-staff-panel-private.h"
#include "fl-team-dialog.h"

/* The staff.* actions of FlStaffPanel: the search, the dialogs that add and
 * edit, and marking people departed. Every change goes through the core,
 * which checks the permission again; the panel only greys out what the
 * session may not do. */

static gboolean
check_permission (FlStaffPanel *self,
                  FlPermission  permission)
{
  g_autoptr(GError) error = NULL;

  if (fl_session_check (self->session, permission, &error))
    return TRUE;
  _fl_staff_panel_show_error (self, error);
  return FALSE;
}

/* After a dialog saved, the lists are queried again and the saved row selected. */
static void
dialog_saved_cb (FlStaffPanel *self,
                 gint64        id,
                 GtkWidget    *dialog)
{
  GtkSingleSelection *selection;

  if (FL_IS_STAFF_MEMBER_DIALOG (dialog))
    selection = self->people_selection;
  else if (FL_IS_TEAM_DIALOG (dialog))
    selection = self->teams_selection;
  else if (FL_IS_DEPARTMENT_DIALOG (dialog))
    selection = self->departments_selection;
  else
    selection = self->accounts_selection;

  _fl_staff_panel_reload_and_select (self, selection, id);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  FlStaffPanel *self = FL_STAFF_PANEL (widget);

  adw_view_stack_set_visible_child_name (self->view_stack, "people");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
add_person_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  _fl_staff_panel_open_editor (FL_STAFF_PANEL (widget), FL_TYPE_STAFF_MEMBER, NULL);
}

/* The toast after @name (markup) left, with Undo for @id. */
static void
show_departed (FlStaffPanel *self,
               const char   *name,
               gint64        id)
{
  /* Translators: a toast after a person left the center; %s is their name */
  g_autofree char *title = g_strdup_printf (_("%s was marked as departed"), name);
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_button_label (toast, _("Undo"));
  adw_toast_set_action_name (toast, "staff.reactivate-person");
  adw_toast_set_action_target (toast, "x", id);
  /* Longer than the default: marking someone departed is worth a moment to undo. */
  adw_toast_set_timeout (toast, 10);
  _fl_staff_panel_show_toast (self, toast);
  _fl_staff_panel_reload_all (self);
}

static void
departed_cb (FlStaffPanel     *self,
             FlHoldingsDialog *dialog)
{
  show_departed (self, g_object_get_data (G_OBJECT (dialog), "fl-name"),
                 GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "fl-staff-id")));
}

/* Whether @id holds anything of the center: then leaving goes through the
 * recovery checklist (离职回收). */
static gboolean
holds_anything (FlStaffPanel *self,
                gint64        id)
{
  g_autoptr(FlLedgerService) ledger = NULL;
  g_autoptr(GListModel) holdings = NULL;

  if (!fl_session_can (self->session, FL_PERMISSION_VIEW_LEDGER))
    return FALSE;
  ledger = fl_ledger_service_new (self->database);
  holdings = fl_ledger_service_list_holdings (ledger, self->session, id, NULL);
  return holdings != NULL && g_list_model_get_n_items (holdings) > 0;
}

static void
open_holdings (FlStaffPanel  *self,
               FlStaffMember *member,
               gboolean       departing)
{
  g_autofree char *name = g_markup_escape_text (fl_staff_member_get_name (member), -1);
  GtkWidget *dialog = fl_holdings_dialog_new (GTK_WIDGET (self), self->database, self->session,
                                              fl_staff_member_get_id (member), fl_staff_member_get_name (member),
                                              departing);

  g_object_set_data_full (G_OBJECT (dialog), "fl-name", g_steal_pointer (&name), g_free);
  g_object_set_data (G_OBJECT (dialog), "fl-staff-id", GSIZE_TO_POINTER (fl_staff_member_get_id (member)));
  g_signal_connect_object (dialog, "departed", G_CALLBACK (departed_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
deactivate_person_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  FlStaffPanel *self = FL_STAFF_PANEL (widget);
  FlStaffMember *member = gtk_single_selection_get_selected_item (self->people_selection);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  gint64 id;

  if (member == NULL || !fl_staff_member_get_active (member))
    return;

  /* Copied now: reloading drops the list that holds @member. */
  id = fl_staff_member_get_id (member);
  name = g_markup_escape_text (fl_staff_member_get_name (member), -1);

  if (holds_anything (self, id))
    {
      open_holdings (self, member, TRUE);
      return;
    }
  if (!fl_staff_service_set_active (self->service, id, FALSE, &error))
    {
      _fl_staff_panel_show_error (self, error);
      return;
    }
  show_departed (self, name, id);
}

static void
person_equipment_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  FlStaffPanel *self = FL_STAFF_PANEL (widget);
  FlStaffMember *member = gtk_single_selection_get_selected_item (self->people_selection);

  if (member != NULL)
    open_holdings (self, member, FALSE);
}

static void
reactivate_person_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  FlStaffPanel *self = FL_STAFF_PANEL (widget);
  g_autoptr(GError) error = NULL;
  gint64 id = g_variant_get_int64 (parameter);

  if (!fl_staff_service_set_active (self->service, id, TRUE, &error))
    {
      _fl_staff_panel_show_error (self, error);
      return;
    }

  _fl_staff_panel_reload_and_select (self, self->people_selection, id);
}

static void
add_team_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  _fl_staff_panel_open_editor (FL_STAFF_PANEL (widget), FL_TYPE_TEAM, NULL);
}

static void
add_department_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  _fl_staff_panel_open_editor (FL_STAFF_PANEL (widget), FL_TYPE_DEPARTMENT, NULL);
}

static void
add_account_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  _fl_staff_panel_open_editor (FL_STAFF_PANEL (widget), FL_TYPE_ACCOUNT, NULL);
}

void
_fl_staff_panel_class_actions_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "staff.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "staff.add-person", NULL, add_person_action);
  gtk_widget_class_install_action (widget_class, "staff.deactivate-person", NULL, deactivate_person_action);
  gtk_widget_class_install_action (widget_class, "staff.reactivate-person", "x", reactivate_person_action);
  gtk_widget_class_install_action (widget_class, "staff.person-equipment", NULL, person_equipment_action);
  gtk_widget_class_install_action (widget_class, "staff.add-team", NULL, add_team_action);
  gtk_widget_class_install_action (widget_class, "staff.add-department", NULL, add_department_action);
  gtk_widget_class_install_action (widget_class, "staff.add-account", NULL, add_account_action);
}

void
_fl_staff_panel_apply_permissions (FlStaffPanel *self)
{
  gboolean manage_staff = fl_session_can (self->session, FL_PERMISSION_MANAGE_STAFF);
  gboolean manage_accounts = fl_session_can (self->session, FL_PERMISSION_MANAGE_ACCOUNTS);
  GtkWidget *widget = GTK_WIDGET (self);

  gtk_widget_action_set_enabled (widget, "staff.add-person", manage_staff);
  gtk_widget_action_set_enabled (widget, "staff.reactivate-person", manage_staff);
  gtk_widget_action_set_enabled (widget, "staff.add-team", manage_staff);
  gtk_widget_action_set_enabled (widget, "staff.add-department", manage_staff);
  gtk_widget_action_set_enabled (widget, "staff.add-account", manage_accounts);
  adw_view_stack_page_set_visible (self->accounts_page, manage_accounts);
}

/* Opens the dialog that adds (@item is %NULL) or edits an item of @type. */
void
_fl_staff_panel_open_editor (FlStaffPanel *self,
                             GType         type,
                             gpointer      item)
{
  GtkWidget *parent = GTK_WIDGET (self);
  GtkWidget *dialog;

  if (!check_permission (self, type == FL_TYPE_ACCOUNT ? FL_PERMISSION_MANAGE_ACCOUNTS
                                                       : FL_PERMISSION_MANAGE_STAFF))
    return;

  if (type == FL_TYPE_STAFF_MEMBER)
    dialog = fl_staff_member_dialog_new (parent, self->service, item);
  else if (type == FL_TYPE_TEAM)
    dialog = fl_team_dialog_new (parent, self->service, item);
  else if (type == FL_TYPE_DEPARTMENT)
    dialog = fl_department_dialog_new (parent, self->service, item);
  else
    dialog = fl_account_dialog_new (parent, self->accounts, self->service, self->session, item);

  g_signal_connect_object (dialog, "saved", G_CALLBACK (dialog_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

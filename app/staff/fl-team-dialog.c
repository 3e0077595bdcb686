/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-team-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "fl-staff-dropdowns.h"
#include "fl-team-dialog.h"

/* Adds a team (班组) or edits one: its name, department and lead. */
struct _FlTeamDialog
{
  FlFormDialog    parent_instance;

  FlStaffService *service;
  FlTeam         *team;
  GArray         *department_ids;
  GArray         *lead_ids;

  GtkEntry       *name_entry;
  GtkDropDown    *department_dropdown;
  GtkDropDown    *lead_dropdown;
};

G_DEFINE_FINAL_TYPE (FlTeamDialog, fl_team_dialog, FL_TYPE_FORM_DIALOG)

static void
fill_dropdowns (FlTeamDialog *self)
{
  g_autoptr(GListModel) departments = NULL;
  g_autoptr(GListModel) staff = NULL;
  g_autoptr(GError) error = NULL;
  FlTeam *team = self->team;

  departments = fl_staff_service_list_departments (self->service, &error);
  if (error != NULL)
    fl_form_dialog_show_error (FL_FORM_DIALOG (self), error);
  self->department_ids =
    fl_staff_dropdown_fill (self->department_dropdown, _("No department"), departments,
                            team ? fl_team_get_department_id (team) : 0,
                            team ? fl_team_get_department_name (team) : NULL);

  g_clear_error (&error);
  staff = fl_staff_service_list_staff (self->service, NULL, FALSE, &error);
  if (error != NULL)
    fl_form_dialog_show_error (FL_FORM_DIALOG (self), error);
  self->lead_ids =
    fl_staff_dropdown_fill (self->lead_dropdown, _("No lead"), staff,
                            team ? fl_team_get_lead_id (team) : 0,
                            team ? fl_team_get_lead_name (team) : NULL);
}

static gint64
fl_team_dialog_save (FlFormDialog  *dialog,
                     GError       **error)
{
  FlTeamDialog *self = FL_TEAM_DIALOG (dialog);
  const char *name = gtk_editable_get_text (GTK_EDITABLE (self->name_entry));
  gint64 department_id = fl_staff_dropdown_get_id (self->department_dropdown, self->department_ids);
  gint64 lead_id = fl_staff_dropdown_get_id (self->lead_dropdown, self->lead_ids);
  gint64 id;

  if (self->team == NULL)
    return fl_staff_service_add_team (self->service, name, department_id, lead_id, error);

  id = fl_team_get_id (self->team);
  fl_staff_service_update_team (self->service, id, name, department_id, lead_id, error);
  return id;
}

static void
fl_team_dialog_dispose (GObject *object)
{
  FlTeamDialog *self = FL_TEAM_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FL_TYPE_TEAM_DIALOG);
  g_clear_object (&self->service);
  g_clear_object (&self->team);
  g_clear_pointer (&self->department_ids, g_array_unref);
  g_clear_pointer (&self->lead_ids, g_array_unref);

  G_OBJECT_CLASS (fl_team_dialog_parent_class)->dispose (object);
}

static void
fl_team_dialog_class_init (FlTeamDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  FlFormDialogClass *form_class = FL_FORM_DIALOG_CLASS (klass);

  object_class->dispose = fl_team_dialog_dispose;
  form_class->save = fl_team_dialog_save;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/floorlead/Floorlead/staff/fl-team-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FlTeamDialog, name_entry);
  gtk_widget_class_bind_template_child (widget_class, FlTeamDialog, department_dropdown);
  gtk_widget_class_bind_template_child (widget_class, FlTeamDialog, lead_dropdown);
}

static void
fl_team_dialog_init (FlTeamDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_entry_set_max_length (self->name_entry, FL_STAFF_NAME_MAX_LENGTH);
}

/**
 * fl_team_dialog_new:
 * @parent: a widget in the window the dialog belongs to
 * @service: the staff service that saves the team
 * @team: (nullable): the team to edit, or %NULL to add one
 *
 * Returns: (transfer none): the dialog, not yet shown; GTK owns the window
 */
GtkWidget *
fl_team_dialog_new (GtkWidget      *parent,
                    FlStaffService *service,
                    FlTeam         *team)
{
  FlTeamDialog *self;

  g_return_val_if_fail (GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (FL_IS_STAFF_SERVICE (service), NULL);
  g_return_val_if_fail (team == NULL || FL_IS_TEAM (team), NULL);

  self = g_object_new (FL_TYPE_TEAM_DIALOG,
                       "transient-for", gtk_widget_get_root (parent),
                       NULL);
  self->service = g_object_ref (service);
  self->team = team != NULL ? g_object_ref (team) : NULL;

  if (team != NULL)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Team"));
      gtk_editable_set_text (GTK_EDITABLE (self->name_entry), fl_team_get_name (team));
    }
  fill_dropdowns (self);

  return GTK_WIDGET (self);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-department-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "fl-department-dialog.h"
#include "fl-staff-dropdowns.h"

/* Adds a department or edits one: its name and its head (部门负责人). */
struct _FlDepartmentDialog
{
  FlFormDialog    parent_instance;

  FlStaffService *service;
  FlDepartment   *department;
  GArray         *head_ids;

  GtkEntry       *name_entry;
  GtkDropDown    *head_dropdown;
};

G_DEFINE_FINAL_TYPE (FlDepartmentDialog, fl_department_dialog, FL_TYPE_FORM_DIALOG)

static void
fill_heads (FlDepartmentDialog *self)
{
  g_autoptr(GListModel) staff = NULL;
  g_autoptr(GError) error = NULL;
  FlDepartment *department = self->department;

  staff = fl_staff_service_list_staff (self->service, NULL, FALSE, &error);
  if (error != NULL)
    fl_form_dialog_show_error (FL_FORM_DIALOG (self), error);
  self->head_ids =
    fl_staff_dropdown_fill (self->head_dropdown, _("No head"), staff,
                            department ? fl_department_get_head_id (department) : 0,
                            department ? fl_department_get_head_name (department) : NULL);
}

static gint64
fl_department_dialog_save (FlFormDialog  *dialog,
                           GError       **error)
{
  FlDepartmentDialog *self = FL_DEPARTMENT_DIALOG (dialog);
  const char *name = gtk_editable_get_text (GTK_EDITABLE (self->name_entry));
  gint64 head_id = fl_staff_dropdown_get_id (self->head_dropdown, self->head_ids);
  gint64 id;

  if (self->department == NULL)
    return fl_staff_service_add_department (self->service, name, head_id, error);

  id = fl_department_get_id (self->department);
  fl_staff_service_update_department (self->service, id, name, head_id, error);
  return id;
}

static void
fl_department_dialog_dispose (GObject *object)
{
  FlDepartmentDialog *self = FL_DEPARTMENT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FL_TYPE_DEPARTMENT_DIALOG);
  g_clear_object (&self->service);
  g_clear_object (&self->department);
  g_clear_pointer (&self->head_ids, g_array_unref);

  G_OBJECT_CLASS (fl_department_dialog_parent_class)->dispose (object);
}

static void
fl_department_dialog_class_init (FlDepartmentDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  FlFormDialogClass *form_class = FL_FORM_DIALOG_CLASS (klass);

  object_class->dispose = fl_department_dialog_dispose;
  form_class->save = fl_department_dialog_save;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/floorlead/Floorlead/staff/fl-department-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FlDepartmentDialog, name_entry);
  gtk_widget_class_bind_template_child (widget_class, FlDepartmentDialog, head_dropdown);
}

static void
fl_department_dialog_init (FlDepartmentDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_entry_set_max_length (self->name_entry, FL_STAFF_NAME_MAX_LENGTH);
}

/**
 * fl_department_dialog_new:
 * @parent: a widget in the window the dialog belongs to
 * @service: the staff service that saves the department
 * @department: (nullable): the department to edit, or %NULL to add one
 *
 * Returns: (transfer none): the dialog, not yet shown; GTK owns the window
 */
GtkWidget *
fl_department_dialog_new (GtkWidget      *parent,
                          FlStaffService *service,
                          FlDepartment   *department)
{
  FlDepartmentDialog *self;

  g_return_val_if_fail (GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (FL_IS_STAFF_SERVICE (service), NULL);
  g_return_val_if_fail (department == NULL || FL_IS_DEPARTMENT (department), NULL);

  self = g_object_new (FL_TYPE_DEPARTMENT_DIALOG,
                       "transient-for", gtk_widget_get_root (parent),
                       NULL);
  self->service = g_object_ref (service);
  self->department = department != NULL ? g_object_ref (department) : NULL;

  if (department != NULL)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Department"));
      gtk_editable_set_text (GTK_EDITABLE (self->name_entry), fl_department_get_name (department));
    }
  fill_heads (self);

  return GTK_WIDGET (self);
}

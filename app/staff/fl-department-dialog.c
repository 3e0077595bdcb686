/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-department-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "fl-department-dialog.h"
#include "fl-staff-dropdowns.h"

/* Adds a department or edits one: its name and its head (部门负责人). */
struct _FlDepartmentDialog
{
  AdwWindow       parent_instance;

  FlStaffService *service;
  FlDepartment   *department;
  GArray         *head_ids;

  GtkLabel       *error_label;
  GtkEntry       *name_entry;
  GtkDropDown    *head_dropdown;
};

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (FlDepartmentDialog, fl_department_dialog, ADW_TYPE_WINDOW)

static void
show_error (FlDepartmentDialog *self,
            const GError       *error)
{
  gtk_label_set_text (self->error_label, error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

static void
fill_heads (FlDepartmentDialog *self)
{
  g_autoptr(GListModel) staff = NULL;
  g_autoptr(GError) error = NULL;
  FlDepartment *department = self->department;

  staff = fl_staff_service_list_staff (self->service, NULL, FALSE, &error);
  if (error != NULL)
    show_error (self, error);
  self->head_ids =
    fl_staff_dropdown_fill (self->head_dropdown, _("No head"), staff,
                            department ? fl_department_get_head_id (department) : 0,
                            department ? fl_department_get_head_name (department) : NULL);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  FlDepartmentDialog *self = FL_DEPARTMENT_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  const char *name = gtk_editable_get_text (GTK_EDITABLE (self->name_entry));
  gint64 head_id = fl_staff_dropdown_get_id (self->head_dropdown, self->head_ids);
  gint64 id;

  if (self->department == NULL)
    {
      id = fl_staff_service_add_department (self->service, name, head_id, &error);
    }
  else
    {
      id = fl_department_get_id (self->department);
      fl_staff_service_update_department (self->service, id, name, head_id, &error);
    }

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
fl_department_dialog_show (GtkWidget *widget)
{
  FlDepartmentDialog *self = FL_DEPARTMENT_DIALOG (widget);

  GTK_WIDGET_CLASS (fl_department_dialog_parent_class)->show (widget);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_entry));
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

  object_class->dispose = fl_department_dialog_dispose;
  widget_class->show = fl_department_dialog_show;

  /**
   * FlDepartmentDialog::saved:
   * @id: the id of the department added or changed
   */
  signals[SAVED] = g_signal_new ("saved",
                                 G_TYPE_FROM_CLASS (klass),
                                 G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL,
                                 G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/floorlead/Floorlead/staff/fl-department-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FlDepartmentDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, FlDepartmentDialog, name_entry);
  gtk_widget_class_bind_template_child (widget_class, FlDepartmentDialog, head_dropdown);

  gtk_widget_class_install_action (widget_class, "dialog.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
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

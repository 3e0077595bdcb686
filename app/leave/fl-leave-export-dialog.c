/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-leave-export-dialog"

#include "config.h"

#include "fl-leave-export-dialog.h"

struct _FlLeaveExportDialog
{
  FlFormDialog    parent_instance;

  FlLeaveService *service;
  FlSession      *actor;
  GBytes         *csv;

  /* Template widgets */
  GtkEntry       *first_entry;
  GtkEntry       *last_entry;
};

G_DEFINE_FINAL_TYPE (FlLeaveExportDialog, fl_leave_export_dialog, FL_TYPE_FORM_DIALOG)

static char *
entry_text (GtkEntry *entry)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
}

static gint64
fl_leave_export_dialog_save (FlFormDialog  *dialog,
                             GError       **error)
{
  FlLeaveExportDialog *self = FL_LEAVE_EXPORT_DIALOG (dialog);
  g_autofree char *first = entry_text (self->first_entry);
  g_autofree char *last = entry_text (self->last_entry);

  g_clear_pointer (&self->csv, g_bytes_unref);
  self->csv = fl_leave_service_export (self->service, self->actor, first, last, error);
  return self->csv != NULL ? 1 : 0;
}

GBytes *
fl_leave_export_dialog_get_csv (FlLeaveExportDialog *self)
{
  g_return_val_if_fail (FL_IS_LEAVE_EXPORT_DIALOG (self), NULL);

  return self->csv;
}

char *
fl_leave_export_dialog_dup_file_name (FlLeaveExportDialog *self)
{
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;

  g_return_val_if_fail (FL_IS_LEAVE_EXPORT_DIALOG (self), NULL);

  first = entry_text (self->first_entry);
  last = entry_text (self->last_entry);
  return g_strdup_printf ("leave-%s-%s.csv", first, last);
}

static void
fl_leave_export_dialog_dispose (GObject *object)
{
  FlLeaveExportDialog *self = FL_LEAVE_EXPORT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FL_TYPE_LEAVE_EXPORT_DIALOG);
  g_clear_object (&self->service);
  g_clear_object (&self->actor);
  g_clear_pointer (&self->csv, g_bytes_unref);

  G_OBJECT_CLASS (fl_leave_export_dialog_parent_class)->dispose (object);
}

static void
fl_leave_export_dialog_class_init (FlLeaveExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fl_leave_export_dialog_dispose;
  FL_FORM_DIALOG_CLASS (klass)->save = fl_leave_export_dialog_save;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/floorlead/Floorlead/leave/fl-leave-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FlLeaveExportDialog, first_entry);
  gtk_widget_class_bind_template_child (widget_class, FlLeaveExportDialog, last_entry);
}

static void
fl_leave_export_dialog_init (FlLeaveExportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
fl_leave_export_dialog_new (GtkWidget      *parent,
                            FlLeaveService *service,
                            FlSession      *actor)
{
  FlLeaveExportDialog *self;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) month = g_date_time_new_local (g_date_time_get_year (now), g_date_time_get_month (now), 1,
                                                      0, 0, 0);
  g_autoptr(GDateTime) first = g_date_time_add_months (month, -1);
  g_autoptr(GDateTime) after = g_date_time_add_months (month, 2);
  g_autoptr(GDateTime) last = g_date_time_add_days (after, -1);
  g_autofree char *first_text = g_date_time_format (first, "%Y-%m-%d");
  g_autofree char *last_text = g_date_time_format (last, "%Y-%m-%d");

  g_return_val_if_fail (GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (FL_IS_LEAVE_SERVICE (service), NULL);

  self = g_object_new (FL_TYPE_LEAVE_EXPORT_DIALOG, "transient-for", gtk_widget_get_root (parent), NULL);
  self->service = g_object_ref (service);
  self->actor = g_object_ref (actor);
  gtk_editable_set_text (GTK_EDITABLE (self->first_entry), first_text);
  gtk_editable_set_text (GTK_EDITABLE (self->last_entry), last_text);
  return GTK_WIDGET (self);
}

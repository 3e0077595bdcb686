/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-holiday-dialog"

#include "config.h"

#include "fl-holiday-dialog.h"

struct _FlHolidayDialog
{
  FlFormDialog      parent_instance;

  FlHolidayService *service;
  FlSession        *actor;

  /* Template widgets */
  GtkEntry         *name_entry;
  GtkEntry         *first_entry;
  GtkEntry         *last_entry;
  AdwComboRow      *kind_row;
};

G_DEFINE_FINAL_TYPE (FlHolidayDialog, fl_holiday_dialog, FL_TYPE_FORM_DIALOG)

static gint64
fl_holiday_dialog_save (FlFormDialog  *dialog,
                        GError       **error)
{
  FlHolidayDialog *self = FL_HOLIDAY_DIALOG (dialog);
  g_autofree char *first = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->first_entry))));
  g_autofree char *last = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->last_entry))));
  FlHolidayKind kind = adw_combo_row_get_selected (self->kind_row) == 1 ? FL_HOLIDAY_WORKDAY : FL_HOLIDAY_DAY_OFF;

  return fl_holiday_service_mark (self->service, self->actor, first, *last != '\0' ? last : first,
                                  gtk_editable_get_text (GTK_EDITABLE (self->name_entry)), kind, error);
}

static void
fl_holiday_dialog_dispose (GObject *object)
{
  FlHolidayDialog *self = FL_HOLIDAY_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FL_TYPE_HOLIDAY_DIALOG);
  g_clear_object (&self->service);
  g_clear_object (&self->actor);

  G_OBJECT_CLASS (fl_holiday_dialog_parent_class)->dispose (object);
}

static void
fl_holiday_dialog_class_init (FlHolidayDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fl_holiday_dialog_dispose;
  FL_FORM_DIALOG_CLASS (klass)->save = fl_holiday_dialog_save;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/floorlead/Floorlead/roster/fl-holiday-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FlHolidayDialog, name_entry);
  gtk_widget_class_bind_template_child (widget_class, FlHolidayDialog, first_entry);
  gtk_widget_class_bind_template_child (widget_class, FlHolidayDialog, last_entry);
  gtk_widget_class_bind_template_child (widget_class, FlHolidayDialog, kind_row);
}

static void
fl_holiday_dialog_init (FlHolidayDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
fl_holiday_dialog_new (GtkWidget        *parent,
                       FlHolidayService *service,
                       FlSession        *actor)
{
  FlHolidayDialog *self;

  g_return_val_if_fail (GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (FL_IS_HOLIDAY_SERVICE (service), NULL);
  g_return_val_if_fail (FL_IS_SESSION (actor), NULL);

  self = g_object_new (FL_TYPE_HOLIDAY_DIALOG, "transient-for", gtk_widget_get_root (parent), NULL);
  self->service = g_object_ref (service);
  self->actor = g_object_ref (actor);
  return GTK_WIDGET (self);
}

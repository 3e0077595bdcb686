/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-leave-type-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "fl-colour.h"
#include "fl-leave-type-dialog.h"

struct _FlLeaveTypeDialog
{
  FlFormDialog     parent_instance;

  FlLeaveService  *service;
  FlSession       *actor;
  gint64           id;
  FlLeaveCategory  category;

  /* Template widgets */
  GtkEntry        *name_entry;
  GtkColorButton  *colour_button;
  AdwActionRow    *category_row;
  AdwExpanderRow  *notice_row;
  GtkSpinButton   *notice_spin;
  AdwComboRow     *attachment_row;
  GtkSwitch       *half_days_switch;
  GtkSwitch       *paid_switch;
  GtkSwitch       *balance_switch;
};

G_DEFINE_FINAL_TYPE (FlLeaveTypeDialog, fl_leave_type_dialog, FL_TYPE_FORM_DIALOG)

/* The rules a category brings, which Preferences' numbers and routing set. */
static const char *
describe_category (FlLeaveCategory category)
{
  switch (category)
    {
    case FL_LEAVE_CATEGORY_ANNUAL:
      return _("Annual leave: always to the department head, with the annual notice in Policies");
    case FL_LEAVE_CATEGORY_PERSONAL:
      return _("Personal leave: the monthly allowance in Policies; beyond it, with proof, to the lead and the head");
    case FL_LEAVE_CATEGORY_SICK:
      return _("Sick leave: routed by its length; a certificate may follow the return");
    case FL_LEAVE_CATEGORY_OTHER:
    default:
      return _("Routed by its length: up to the days in Policies to the team lead, longer to the department head");
    }
}

static gint64
fl_leave_type_dialog_save (FlFormDialog  *dialog,
                           GError       **error)
{
  FlLeaveTypeDialog *self = FL_LEAVE_TYPE_DIALOG (dialog);
  g_autofree char *colour = NULL;
  FlLeaveTypeFields fields = { 0 };
  GdkRGBA rgba;

  gtk_color_chooser_get_rgba (GTK_COLOR_CHOOSER (self->colour_button), &rgba);
  colour = fl_colour_to_hex (&rgba);
  gtk_spin_button_update (self->notice_spin);
  fields.id = self->id;
  fields.name = (char *) gtk_editable_get_text (GTK_EDITABLE (self->name_entry));
  fields.category = self->category;
  fields.paid = gtk_switch_get_active (self->paid_switch);
  fields.notice_days = adw_expander_row_get_enable_expansion (self->notice_row)
                         ? gtk_spin_button_get_value_as_int (self->notice_spin)
                         : -1;
  fields.attachment = (FlLeaveAttachment) adw_combo_row_get_selected (self->attachment_row);
  fields.counts_balance = gtk_switch_get_active (self->balance_switch);
  fields.half_days = gtk_switch_get_active (self->half_days_switch);
  fields.colour = colour;
  return fl_leave_service_save_type (self->service, self->actor, &fields, error);
}

static void
fl_leave_type_dialog_dispose (GObject *object)
{
  FlLeaveTypeDialog *self = FL_LEAVE_TYPE_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FL_TYPE_LEAVE_TYPE_DIALOG);
  g_clear_object (&self->service);
  g_clear_object (&self->actor);

  G_OBJECT_CLASS (fl_leave_type_dialog_parent_class)->dispose (object);
}

static void
fl_leave_type_dialog_class_init (FlLeaveTypeDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fl_leave_type_dialog_dispose;
  FL_FORM_DIALOG_CLASS (klass)->save = fl_leave_type_dialog_save;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/floorlead/Floorlead/leave/fl-leave-type-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FlLeaveTypeDialog, name_entry);
  gtk_widget_class_bind_template_child (widget_class, FlLeaveTypeDialog, colour_button);
  gtk_widget_class_bind_template_child (widget_class, FlLeaveTypeDialog, category_row);
  gtk_widget_class_bind_template_child (widget_class, FlLeaveTypeDialog, notice_row);
  gtk_widget_class_bind_template_child (widget_class, FlLeaveTypeDialog, notice_spin);
  gtk_widget_class_bind_template_child (widget_class, FlLeaveTypeDialog, attachment_row);
  gtk_widget_class_bind_template_child (widget_class, FlLeaveTypeDialog, half_days_switch);
  gtk_widget_class_bind_template_child (widget_class, FlLeaveTypeDialog, paid_switch);
  gtk_widget_class_bind_template_child (widget_class, FlLeaveTypeDialog, balance_switch);
}

static void
fl_leave_type_dialog_init (FlLeaveTypeDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

static void
show_leave_type (FlLeaveTypeDialog *self,
                 FlLeaveType       *leave_type)
{
  const FlLeaveTypeFields *fields = fl_leave_type_get_fields (leave_type);
  GdkRGBA colour;

  self->id = fields->id;
  self->category = fields->category;
  gtk_window_set_title (GTK_WINDOW (self), fields->name);
  gtk_editable_set_text (GTK_EDITABLE (self->name_entry), fields->name);
  if (gdk_rgba_parse (&colour, fields->colour))
    gtk_color_chooser_set_rgba (GTK_COLOR_CHOOSER (self->colour_button), &colour);
  adw_expander_row_set_enable_expansion (self->notice_row, fields->notice_days >= 0);
  gtk_spin_button_set_value (self->notice_spin, MAX (fields->notice_days, 0));
  adw_combo_row_set_selected (self->attachment_row, fields->attachment);
  gtk_switch_set_active (self->half_days_switch, fields->half_days);
  gtk_switch_set_active (self->paid_switch, fields->paid);
  gtk_switch_set_active (self->balance_switch, fields->counts_balance);
}

GtkWidget *
fl_leave_type_dialog_new (GtkWidget      *parent,
                          FlLeaveService *service,
                          FlSession      *actor,
                          FlLeaveType    *leave_type)
{
  FlLeaveTypeDialog *self;

  g_return_val_if_fail (GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (FL_IS_LEAVE_SERVICE (service), NULL);
  g_return_val_if_fail (FL_IS_SESSION (actor), NULL);
  g_return_val_if_fail (leave_type == NULL || FL_IS_LEAVE_TYPE (leave_type), NULL);

  self = g_object_new (FL_TYPE_LEAVE_TYPE_DIALOG, "transient-for", gtk_widget_get_root (parent), NULL);
  self->service = g_object_ref (service);
  self->actor = g_object_ref (actor);
  self->category = FL_LEAVE_CATEGORY_OTHER;
  if (leave_type != NULL)
    show_leave_type (self, leave_type);
  else
    {
      GdkRGBA teal;

      gdk_rgba_parse (&teal, "#1c71d8");
      gtk_color_chooser_set_rgba (GTK_COLOR_CHOOSER (self->colour_button), &teal);
      gtk_switch_set_active (self->half_days_switch, TRUE);
      gtk_switch_set_active (self->paid_switch, TRUE);
      gtk_window_set_title (GTK_WINDOW (self), _("New Leave Type"));
    }
  adw_action_row_set_subtitle (self->category_row, describe_category (self->category));
  return GTK_WIDGET (self);
}

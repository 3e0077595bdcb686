/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-shift-type-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "fl-colour.h"
#include "fl-shift-type-dialog.h"

/* The kind row's items, in FlShiftKind's order. */
#define KIND_LEAVE_ROW FL_SHIFT_KIND_LEAVE

struct _FlShiftTypeDialog
{
  FlFormDialog         parent_instance;

  FlRosterService     *service;
  FlSession           *actor;
  gint64               id;

  /* Template widgets */
  GtkEntry            *code_entry;
  GtkEntry            *name_entry;
  GtkColorButton      *colour_button;
  AdwComboRow         *kind_row;
  AdwPreferencesGroup *times_group;
  GtkEntry            *start_entry;
  GtkEntry            *end_entry;
  GtkEntry            *break_start_entry;
  GtkEntry            *break_end_entry;
  AdwComboRow         *season_row;
  GtkSpinButton       *handover_spin;
};

G_DEFINE_FINAL_TYPE (FlShiftTypeDialog, fl_shift_type_dialog, FL_TYPE_FORM_DIALOG)

/* The time in @entry, or FALSE with an error that names the field. */
static gboolean
read_time (GtkEntry    *entry,
           const char  *field,
           int         *minutes,
           GError     **error)
{
  if (fl_shift_spec_parse_time (gtk_editable_get_text (GTK_EDITABLE (entry)), minutes))
    return TRUE;
  /* Translators: %s is a field of the shift type dialog, as "Starts" */
  g_set_error (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_INVALID, _("%s: write a time of day as 08:30."), field);
  return FALSE;
}

static gint64
fl_shift_type_dialog_save (FlFormDialog  *dialog,
                           GError       **error)
{
  FlShiftTypeDialog *self = FL_SHIFT_TYPE_DIALOG (dialog);
  g_autofree char *colour = NULL;
  FlShiftTypeFields fields = { 0, };
  GdkRGBA rgba;

  gtk_color_chooser_get_rgba (GTK_COLOR_CHOOSER (self->colour_button), &rgba);
  colour = fl_colour_to_hex (&rgba);
  fields.id = self->id;
  fields.code = (char *) gtk_editable_get_text (GTK_EDITABLE (self->code_entry));
  fields.name = (char *) gtk_editable_get_text (GTK_EDITABLE (self->name_entry));
  fields.colour = colour;
  fields.spec.kind = (FlShiftKind) adw_combo_row_get_selected (self->kind_row);
  fields.season = (FlSeason) adw_combo_row_get_selected (self->season_row);
  gtk_spin_button_update (self->handover_spin);
  fields.handover_minutes = gtk_spin_button_get_value_as_int (self->handover_spin);
  fields.spec.break_start = fields.spec.break_end = -1;
  if (fields.spec.kind == FL_SHIFT_KIND_WORK &&
      (!read_time (self->start_entry, _("Starts"), &fields.spec.start, error) ||
       !read_time (self->end_entry, _("Ends"), &fields.spec.end, error) ||
       !read_time (self->break_start_entry, _("Break Starts"), &fields.spec.break_start, error) ||
       !read_time (self->break_end_entry, _("Break Ends"), &fields.spec.break_end, error)))
    return 0;
  /* 24:00 ends the day the shift starts: the next day's 00:00. */
  if (fields.spec.end == FL_MINUTES_PER_DAY)
    fields.spec.end = 0;
  return fl_roster_service_save_shift_type (self->service, self->actor, &fields, error);
}

static void
kind_changed_cb (FlShiftTypeDialog *self)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->times_group),
                            adw_combo_row_get_selected (self->kind_row) == FL_SHIFT_KIND_WORK);
}

static void
fl_shift_type_dialog_dispose (GObject *object)
{
  FlShiftTypeDialog *self = FL_SHIFT_TYPE_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FL_TYPE_SHIFT_TYPE_DIALOG);
  g_clear_object (&self->service);
  g_clear_object (&self->actor);

  G_OBJECT_CLASS (fl_shift_type_dialog_parent_class)->dispose (object);
}

static void
fl_shift_type_dialog_class_init (FlShiftTypeDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fl_shift_type_dialog_dispose;
  FL_FORM_DIALOG_CLASS (klass)->save = fl_shift_type_dialog_save;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/floorlead/Floorlead/roster/fl-shift-type-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FlShiftTypeDialog, code_entry);
  gtk_widget_class_bind_template_child (widget_class, FlShiftTypeDialog, name_entry);
  gtk_widget_class_bind_template_child (widget_class, FlShiftTypeDialog, colour_button);
  gtk_widget_class_bind_template_child (widget_class, FlShiftTypeDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, FlShiftTypeDialog, times_group);
  gtk_widget_class_bind_template_child (widget_class, FlShiftTypeDialog, start_entry);
  gtk_widget_class_bind_template_child (widget_class, FlShiftTypeDialog, end_entry);
  gtk_widget_class_bind_template_child (widget_class, FlShiftTypeDialog, break_start_entry);
  gtk_widget_class_bind_template_child (widget_class, FlShiftTypeDialog, break_end_entry);
  gtk_widget_class_bind_template_child (widget_class, FlShiftTypeDialog, season_row);
  gtk_widget_class_bind_template_child (widget_class, FlShiftTypeDialog, handover_spin);
}

static void
fl_shift_type_dialog_init (FlShiftTypeDialog *self)
{
  GdkRGBA green;

  gtk_widget_init_template (GTK_WIDGET (self));
  gdk_rgba_parse (&green, "#2ec27e");
  gtk_color_chooser_set_rgba (GTK_COLOR_CHOOSER (self->colour_button), &green);
  g_signal_connect_object (self->kind_row, "notify::selected", G_CALLBACK (kind_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

static void
set_time (GtkEntry *entry,
          int       minutes)
{
  g_autofree char *text = fl_shift_spec_format_time (minutes);

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
}

/* The fields of @shift_type to change; leave stays leave, and nothing
 * else becomes it. */
static void
show_shift_type (FlShiftTypeDialog *self,
                 FlShiftType       *shift_type)
{
  const FlShiftTypeFields *fields = fl_shift_type_get_fields (shift_type);
  const FlShiftSpec *spec = &fields->spec;
  GdkRGBA colour;

  self->id = fields->id;
  gtk_window_set_title (GTK_WINDOW (self), fields->name);
  gtk_editable_set_text (GTK_EDITABLE (self->code_entry), fields->code);
  gtk_editable_set_text (GTK_EDITABLE (self->name_entry), fields->name);
  if (gdk_rgba_parse (&colour, fields->colour))
    gtk_color_chooser_set_rgba (GTK_COLOR_CHOOSER (self->colour_button), &colour);
  adw_combo_row_set_selected (self->kind_row, spec->kind);
  gtk_widget_set_sensitive (GTK_WIDGET (self->kind_row), spec->kind != FL_SHIFT_KIND_LEAVE);
  if (spec->kind == FL_SHIFT_KIND_WORK)
    {
      set_time (self->start_entry, spec->start);
      set_time (self->end_entry, spec->end == 0 ? FL_MINUTES_PER_DAY : spec->end);
      set_time (self->break_start_entry, spec->break_start);
      set_time (self->break_end_entry, spec->break_end);
    }
  adw_combo_row_set_selected (self->season_row, fields->season);
  gtk_spin_button_set_value (self->handover_spin, fields->handover_minutes);
}

GtkWidget *
fl_shift_type_dialog_new (GtkWidget       *parent,
                          FlRosterService *service,
                          FlSession       *actor,
                          FlShiftType     *shift_type)
{
  FlShiftTypeDialog *self;
  g_autoptr(GtkStringList) kinds = NULL;

  g_return_val_if_fail (GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (FL_IS_ROSTER_SERVICE (service), NULL);
  g_return_val_if_fail (FL_IS_SESSION (actor), NULL);
  g_return_val_if_fail (shift_type == NULL || FL_IS_SHIFT_TYPE (shift_type), NULL);

  self = g_object_new (FL_TYPE_SHIFT_TYPE_DIALOG, "transient-for", gtk_widget_get_root (parent), NULL);
  self->service = g_object_ref (service);
  self->actor = g_object_ref (actor);
  if (shift_type != NULL)
    show_shift_type (self, shift_type);
  else
    {
      /* A new type is worked or a day off; leave exists once. */
      kinds = gtk_string_list_new (NULL);
      for (guint i = 0; i < KIND_LEAVE_ROW; i++)
        {
          g_autoptr(GtkStringObject) item = g_list_model_get_item (adw_combo_row_get_model (self->kind_row), i);

          gtk_string_list_append (kinds, gtk_string_object_get_string (item));
        }
      adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
      gtk_window_set_title (GTK_WINDOW (self), _("New Shift Type"));
    }
  return GTK_WIDGET (self);
}

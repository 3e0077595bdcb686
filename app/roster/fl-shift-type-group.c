/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-shift-type-group"

#include "config.h"

#include <glib/gi18n.h>

#include "fl-group-rows.h"
#include "fl-roster-service.h"
#include "fl-shift-type-dialog.h"
#include "fl-shift-type-group.h"

#define SWATCH_SIZE 28

struct _FlShiftTypeGroup
{
  AdwPreferencesGroup  parent_instance;

  FlRosterService     *service;
  FlSession           *session;
  GPtrArray           *rows;
};

G_DEFINE_FINAL_TYPE (FlShiftTypeGroup, fl_shift_type_group, ADW_TYPE_PREFERENCES_GROUP)

static void refresh (FlShiftTypeGroup *self);

/* The shift's chip as the grid draws it: its colour and its code. */
static void
draw_swatch (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        user_data)
{
  const FlShiftTypeFields *fields = fl_shift_type_get_fields (FL_SHIFT_TYPE (user_data));
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (area), fields->code);
  GdkRGBA colour;
  int text_width, text_height;

  if (!gdk_rgba_parse (&colour, fields->colour))
    return;
  gdk_cairo_set_source_rgba (cr, &colour);
  cairo_new_sub_path (cr);
  cairo_arc (cr, width - 5, 5, 5, -G_PI_2, 0);
  cairo_arc (cr, width - 5, height - 5, 5, 0, G_PI_2);
  cairo_arc (cr, 5, height - 5, 5, G_PI_2, G_PI);
  cairo_arc (cr, 5, 5, 5, G_PI, 3 * G_PI_2);
  cairo_close_path (cr);
  cairo_fill (cr);
  /* Light text on the darker colours, as the grid's chips. */
  if (0.299 * colour.red + 0.587 * colour.green + 0.114 * colour.blue > 0.6)
    cairo_set_source_rgb (cr, 0x24 / 255.0, 0x1f / 255.0, 0x31 / 255.0);
  else
    cairo_set_source_rgb (cr, 1, 1, 1);
  pango_layout_get_pixel_size (layout, &text_width, &text_height);
  cairo_move_to (cr, (width - text_width) / 2.0, (height - text_height) / 2.0);
  pango_cairo_show_layout (cr, layout);
}

static const char *
describe_season (FlSeason season)
{
  switch (season)
    {
    case FL_SEASON_SUMMER:
      return _("Spring and summer");
    case FL_SEASON_WINTER:
      return _("Heating season");
    case FL_SEASON_ALL:
    default:
      return _("All year");
    }
}

/* "08:00–16:00, break 12:00–13:00 · Heating season · handover 10 minutes" */
static char *
describe (FlShiftType *shift_type)
{
  const FlShiftTypeFields *fields = fl_shift_type_get_fields (shift_type);
  g_autofree char *times = fl_shift_type_describe_times (shift_type);
  g_autofree char *break_start = fl_shift_spec_format_time (fields->spec.break_start);
  g_autofree char *break_end = fl_shift_spec_format_time (fields->spec.break_end);
  g_autofree char *handover = NULL;

  if (fields->spec.kind == FL_SHIFT_KIND_LEAVE)
    return g_strdup (_("Set only by approved leave"));
  if (fields->spec.kind == FL_SHIFT_KIND_OFF)
    return g_strdup (describe_season (fields->season));
  handover = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "handover %d minute", "handover %d minutes",
                                           (gulong) fields->handover_minutes), fields->handover_minutes);
  if (fields->spec.break_start >= 0)
    /* Translators: a worked shift type: its times, its break, its season and its handover */
    return g_strdup_printf (_("%s, break %s–%s · %s · %s"), times, break_start, break_end,
                            describe_season (fields->season), handover);
  /* Translators: a worked shift type: its times, its season and its handover */
  return g_strdup_printf (_("%s · %s · %s"), times, describe_season (fields->season), handover);
}

static void
shift_type_saved_cb (FlShiftTypeGroup *self)
{
  refresh (self);
}

static void
open_dialog (FlShiftTypeGroup *self,
             FlShiftType      *shift_type)
{
  GtkWidget *dialog = fl_shift_type_dialog_new (GTK_WIDGET (self), self->service, self->session, shift_type);

  g_signal_connect_object (dialog, "saved", G_CALLBACK (shift_type_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
create_row (FlShiftTypeGroup *self,
            FlShiftType      *shift_type)
{
  const FlShiftTypeFields *fields = fl_shift_type_get_fields (shift_type);
  gboolean editable = fl_session_can (self->session, FL_PERMISSION_CHANGE_POLICIES);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *swatch = gtk_drawing_area_new ();
  g_autofree char *subtitle = describe (shift_type);

  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (swatch), SWATCH_SIZE + 8);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (swatch), SWATCH_SIZE);
  gtk_widget_set_valign (swatch, GTK_ALIGN_CENTER);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (swatch), draw_swatch, g_object_ref (shift_type), g_object_unref);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), swatch);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), fields->name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (editable)
    {
      /* Translators: the button that opens a shift type to change it */
      g_autofree char *label = g_strdup_printf (_("Change %s"), fields->name);

      fl_group_rows_add_edit_button (ADW_ACTION_ROW (row), label, G_OBJECT (shift_type),
                                     (FlGroupRowsEditFunc) open_dialog, self);
    }
  return row;
}

static void
refresh (FlShiftTypeGroup *self)
{
  g_autoptr(GListModel) types = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), self->rows->pdata[i]);
  g_ptr_array_set_size (self->rows, 0);

  if (!(types = fl_roster_service_list_shift_types (self->service, &error)))
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), error->message);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
      g_ptr_array_add (self->rows, row);
      return;
    }
  for (guint i = 0; i < g_list_model_get_n_items (types); i++)
    {
      g_autoptr(FlShiftType) shift_type = g_list_model_get_item (types, i);
      GtkWidget *row = create_row (self, shift_type);

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
      g_ptr_array_add (self->rows, row);
    }
}

static void
add_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  open_dialog (FL_SHIFT_TYPE_GROUP (widget), NULL);
}

static void
fl_shift_type_group_dispose (GObject *object)
{
  FlShiftTypeGroup *self = FL_SHIFT_TYPE_GROUP (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FL_TYPE_SHIFT_TYPE_GROUP);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_object (&self->service);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (fl_shift_type_group_parent_class)->dispose (object);
}

static void
fl_shift_type_group_class_init (FlShiftTypeGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fl_shift_type_group_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/floorlead/Floorlead/roster/fl-shift-type-group.ui");
  gtk_widget_class_install_action (widget_class, "shift-types.add", NULL, add_activated);
}

static void
fl_shift_type_group_init (FlShiftTypeGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_ptr_array_new ();
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "shift-types.add", FALSE);
}

void
fl_shift_type_group_load (FlShiftTypeGroup *self,
                          FlDatabase       *database,
                          FlSession        *session)
{
  g_return_if_fail (FL_IS_SHIFT_TYPE_GROUP (self));
  g_return_if_fail (FL_IS_DATABASE (database));
  g_return_if_fail (FL_IS_SESSION (session));

  g_clear_object (&self->service);
  self->service = fl_roster_service_new (database);
  g_set_object (&self->session, session);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "shift-types.add",
                                 fl_session_can (session, FL_PERMISSION_CHANGE_POLICIES));
  refresh (self);
}

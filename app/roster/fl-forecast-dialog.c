/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-forecast-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "fl-forecast-dialog.h"
#include "fl-format.h"

#define N_WEEKDAYS 7

struct _FlForecastDialog
{
  FlFormDialog       parent_instance;

  FlForecastService *service;
  FlSession         *actor;
  FlForecastDay      days[N_WEEKDAYS];
  gboolean           loaded[N_WEEKDAYS];
  guint              shown;        /* the weekday the spin buttons hold, 0-based */
  GtkSpinButton     *calls[FL_COVERAGE_INTERVALS];
  GtkSpinButton     *handle[FL_COVERAGE_INTERVALS];

  /* Template widgets */
  AdwComboRow       *weekday_row;
  GtkGrid           *intervals_grid;
};

G_DEFINE_FINAL_TYPE (FlForecastDialog, fl_forecast_dialog, FL_TYPE_FORM_DIALOG)

/* A number typed without Enter counts; the other spin buttons keep their
 * exact values (a forecast of 22.8 calls is not rounded by being shown). */
static void
commit_focused (GtkSpinButton *spin,
                GtkWidget     *focus)
{
  if (focus != NULL && (focus == GTK_WIDGET (spin) || gtk_widget_is_ancestor (focus, GTK_WIDGET (spin))))
    gtk_spin_button_update (spin);
}

/* The spin buttons' values back into the weekday they show. */
static void
keep_typed (FlForecastDialog *self)
{
  FlForecastDay *day = &self->days[self->shown];
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  for (guint i = 0; i < FL_COVERAGE_INTERVALS; i++)
    {
      commit_focused (self->calls[i], focus);
      commit_focused (self->handle[i], focus);
      day->calls[i] = gtk_spin_button_get_value (self->calls[i]);
      day->handle_seconds[i] = gtk_spin_button_get_value (self->handle[i]);
    }
}

static void
show_weekday (FlForecastDialog *self,
              guint             shown)
{
  g_autoptr(GError) error = NULL;
  FlForecastDay *day = &self->days[shown];

  if (!self->loaded[shown])
    {
      if (!fl_forecast_service_read_day (self->service, self->actor, shown + 1, day, &error))
        {
          fl_form_dialog_show_error (FL_FORM_DIALOG (self), error);
          return;
        }
      self->loaded[shown] = TRUE;
    }
  self->shown = shown;
  for (guint i = 0; i < FL_COVERAGE_INTERVALS; i++)
    {
      gtk_spin_button_set_value (self->calls[i], day->calls[i]);
      gtk_spin_button_set_value (self->handle[i], day->handle_seconds[i]);
    }
}

static void
weekday_changed_cb (FlForecastDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->weekday_row);

  if (selected >= N_WEEKDAYS || selected == self->shown)
    return;
  keep_typed (self);
  show_weekday (self, selected);
}

static gint64
fl_forecast_dialog_save (FlFormDialog  *dialog,
                         GError       **error)
{
  FlForecastDialog *self = FL_FORECAST_DIALOG (dialog);
  FlForecastDay days[N_WEEKDAYS];
  guint n_days = 0;

  keep_typed (self);
  for (guint weekday = 0; weekday < N_WEEKDAYS; weekday++)
    if (self->loaded[weekday])
      days[n_days++] = self->days[weekday];
  if (!fl_forecast_service_save_days (self->service, self->actor, days, n_days, error))
    return 0;
  return n_days;
}

static GtkSpinButton *
create_spin (FlForecastDialog *self,
             double            lower,
             double            upper,
             double            step,
             const char       *label,
             guint             interval)
{
  GtkWidget *spin = gtk_spin_button_new_with_range (lower, upper, step);

  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (spin), 1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_grid_attach (self->intervals_grid, spin, lower == 0 ? 1 : 2, (int) interval + 1, 1, 1);
  return GTK_SPIN_BUTTON (spin);
}

static void
add_interval_rows (FlForecastDialog *self)
{
  for (guint i = 0; i < FL_COVERAGE_INTERVALS; i++)
    {
      guint start = i * FL_COVERAGE_INTERVAL_MINUTES;
      g_autofree char *time = g_strdup_printf ("%02u:%02u", start / 60, start % 60);
      /* Translators: the spin buttons of a half-hour in the forecast, as read by a screen reader */
      g_autofree char *calls = g_strdup_printf (_("Calls at %s"), time);
      g_autofree char *handle = g_strdup_printf (_("Handle seconds at %s"), time);
      GtkWidget *label = gtk_label_new (time);

      gtk_widget_add_css_class (label, "numeric");
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_grid_attach (self->intervals_grid, label, 0, (int) i + 1, 1, 1);
      self->calls[i] = create_spin (self, 0, 10000, 1, calls, i);
      self->handle[i] = create_spin (self, 1, 7200, 5, handle, i);
    }
}

static void
fl_forecast_dialog_dispose (GObject *object)
{
  FlForecastDialog *self = FL_FORECAST_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FL_TYPE_FORECAST_DIALOG);
  g_clear_object (&self->service);
  g_clear_object (&self->actor);

  G_OBJECT_CLASS (fl_forecast_dialog_parent_class)->dispose (object);
}

static void
fl_forecast_dialog_class_init (FlForecastDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fl_forecast_dialog_dispose;
  FL_FORM_DIALOG_CLASS (klass)->save = fl_forecast_dialog_save;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/floorlead/Floorlead/roster/fl-forecast-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FlForecastDialog, weekday_row);
  gtk_widget_class_bind_template_child (widget_class, FlForecastDialog, intervals_grid);
}

static void
fl_forecast_dialog_init (FlForecastDialog *self)
{
  g_autoptr(GtkStringList) weekdays = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  for (int weekday = 1; weekday <= N_WEEKDAYS; weekday++)
    {
      g_autofree char *name = fl_format_weekday ((guint) weekday);

      gtk_string_list_append (weekdays, name);
    }
  adw_combo_row_set_model (self->weekday_row, G_LIST_MODEL (weekdays));
  add_interval_rows (self);
}

GtkWidget *
fl_forecast_dialog_new (GtkWidget         *parent,
                        FlForecastService *service,
                        FlSession         *actor,
                        guint              weekday)
{
  FlForecastDialog *self;

  g_return_val_if_fail (GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (FL_IS_FORECAST_SERVICE (service), NULL);
  g_return_val_if_fail (FL_IS_SESSION (actor), NULL);
  g_return_val_if_fail (weekday >= 1 && weekday <= N_WEEKDAYS, NULL);

  self = g_object_new (FL_TYPE_FORECAST_DIALOG, "transient-for", gtk_widget_get_root (parent), NULL);
  self->service = g_object_ref (service);
  self->actor = g_object_ref (actor);
  show_weekday (self, weekday - 1);
  adw_combo_row_set_selected (self->weekday_row, weekday - 1);
  g_signal_connect_object (self->weekday_row, "notify::selected", G_CALLBACK (weekday_changed_cb), self,
                           G_CONNECT_SWAPPED);
  return GTK_WIDGET (self);
}

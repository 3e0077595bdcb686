/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-holiday-group"

#include "config.h"

#include <glib/gi18n.h>

#include "fl-format.h"
#include "fl-holiday-dialog.h"
#include "fl-holiday-group.h"
#include "fl-holiday-service.h"
#include "fl-month.h"

struct _FlHolidayGroup
{
  AdwPreferencesGroup  parent_instance;

  FlHolidayService    *service;
  FlSession           *session;
  GPtrArray           *rows;
};

G_DEFINE_FINAL_TYPE (FlHolidayGroup, fl_holiday_group, ADW_TYPE_PREFERENCES_GROUP)

static void refresh (FlHolidayGroup *self);

static void
show_toast (FlHolidayGroup *self,
            const char     *message)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  if (ADW_IS_PREFERENCES_WINDOW (root))
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (root), adw_toast_new (escaped));
}

static void
unmark_clicked_cb (FlHolidayGroup *self,
                   GtkButton      *button)
{
  const char *first = g_object_get_data (G_OBJECT (button), "fl-first");
  const char *last = g_object_get_data (G_OBJECT (button), "fl-last");
  const char *name = g_object_get_data (G_OBJECT (button), "fl-name");
  g_autoptr(GError) error = NULL;
  g_autofree char *done = NULL;

  if (fl_holiday_service_unmark (self->service, self->session, first, last, &error) == 0)
    {
      show_toast (self, error->message);
      return;
    }
  /* Translators: a toast: the holiday taken off the calendar */
  done = g_strdup_printf (_("%s is no longer on the calendar."), name);
  refresh (self);
  show_toast (self, done);
}

/* A row for the days from @first to @last: their name, dates and kind,
 * and a button that takes them off the calendar. */
static GtkWidget *
create_row (FlHolidayGroup *self,
            FlHoliday      *first,
            FlHoliday      *last,
            guint           n_days)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *unmark = gtk_button_new_from_icon_name ("user-trash-symbolic");
  g_autofree char *from = fl_format_date (fl_holiday_get_date (first));
  g_autofree char *to = fl_format_date (fl_holiday_get_date (last));
  g_autofree char *kind = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *label = NULL;
  const char *name = fl_holiday_get_name (first);

  if (fl_holiday_get_kind (first) == FL_HOLIDAY_WORKDAY)
    kind = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u weekend day worked", "%u weekend days worked", n_days),
                            n_days);
  else
    kind = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u day off", "%u days off", n_days), n_days);
  if (n_days == 1)
    /* Translators: a holiday's date and what it is: "10/01/2027 · 1 day off" */
    subtitle = g_strdup_printf (_("%s · %s"), from, kind);
  else
    /* Translators: a holiday's first and last dates and what they are: "10/01/2027 – 10/07/2027 · 7 days off" */
    subtitle = g_strdup_printf (_("%s – %s · %s"), from, to, kind);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  gtk_widget_set_valign (unmark, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (unmark, "flat");
  gtk_widget_set_sensitive (unmark, fl_session_can (self->session, FL_PERMISSION_CHANGE_POLICIES));
  /* Translators: the button that takes a holiday off the calendar */
  label = g_strdup_printf (_("Remove %s"), name);
  gtk_widget_set_tooltip_text (unmark, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (unmark), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_set_data_full (G_OBJECT (unmark), "fl-first", g_strdup (fl_holiday_get_date (first)), g_free);
  g_object_set_data_full (G_OBJECT (unmark), "fl-last", g_strdup (fl_holiday_get_date (last)), g_free);
  g_object_set_data_full (G_OBJECT (unmark), "fl-name", g_strdup (name), g_free);
  g_signal_connect_object (unmark, "clicked", G_CALLBACK (unmark_clicked_cb), self, G_CONNECT_SWAPPED);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), unmark);
  return row;
}

/* Whether @next is the day after @holiday with the same name and kind. */
static gboolean
continues (FlHoliday *holiday,
           FlHoliday *next)
{
  GDate day, following;

  if (!fl_month_parse_date (fl_holiday_get_date (holiday), &day) ||
      !fl_month_parse_date (fl_holiday_get_date (next), &following))
    return FALSE;
  g_date_add_days (&day, 1);
  return g_date_compare (&day, &following) == 0 && fl_holiday_get_kind (holiday) == fl_holiday_get_kind (next) &&
         g_str_equal (fl_holiday_get_name (holiday), fl_holiday_get_name (next));
}

static void
add_row (FlHolidayGroup *self,
         GtkWidget      *row)
{
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
  g_ptr_array_add (self->rows, row);
}

static void
refresh (FlHolidayGroup *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *from = g_date_time_format (now, "%Y-01-01");
  g_autoptr(GListModel) days = NULL;
  g_autoptr(GError) error = NULL;
  guint n_items;

  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), self->rows->pdata[i]);
  g_ptr_array_set_size (self->rows, 0);

  days = fl_holiday_service_list (self->service, self->session, from, "9999-12-31", &error);
  if (days == NULL)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), error->message);
      add_row (self, row);
      return;
    }
  n_items = g_list_model_get_n_items (days);
  if (n_items == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No holidays are marked from this year on."));
      gtk_widget_add_css_class (row, "dim-label");
      add_row (self, row);
    }
  for (guint start = 0; start < n_items;)
    {
      g_autoptr(FlHoliday) first = g_list_model_get_item (days, start);
      g_autoptr(FlHoliday) last = g_object_ref (first);
      guint end = start + 1;

      for (; end < n_items; end++)
        {
          g_autoptr(FlHoliday) next = g_list_model_get_item (days, end);

          if (!continues (last, next))
            break;
          g_set_object (&last, next);
        }
      add_row (self, create_row (self, first, last, end - start));
      start = end;
    }
}

/* The new row is the answer: a toast added as a modal dialog closes never
 * shows in libadwaita 1.2's preferences window. */
static void
holidays_marked_cb (FlHolidayGroup *self,
                    gint64          n_days)
{
  refresh (self);
}

static void
mark_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  FlHolidayGroup *self = FL_HOLIDAY_GROUP (widget);
  GtkWidget *dialog = fl_holiday_dialog_new (widget, self->service, self->session);

  g_signal_connect_object (dialog, "saved", G_CALLBACK (holidays_marked_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
fl_holiday_group_dispose (GObject *object)
{
  FlHolidayGroup *self = FL_HOLIDAY_GROUP (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FL_TYPE_HOLIDAY_GROUP);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_object (&self->service);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (fl_holiday_group_parent_class)->dispose (object);
}

static void
fl_holiday_group_class_init (FlHolidayGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fl_holiday_group_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/floorlead/Floorlead/roster/fl-holiday-group.ui");
  gtk_widget_class_install_action (widget_class, "holidays.mark", NULL, mark_activated);
}

static void
fl_holiday_group_init (FlHolidayGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_ptr_array_new ();
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "holidays.mark", FALSE);
}

void
fl_holiday_group_load (FlHolidayGroup *self,
                       FlDatabase     *database,
                       FlSession      *session)
{
  g_return_if_fail (FL_IS_HOLIDAY_GROUP (self));
  g_return_if_fail (FL_IS_DATABASE (database));
  g_return_if_fail (FL_IS_SESSION (session));

  g_clear_object (&self->service);
  self->service = fl_holiday_service_new (database);
  g_set_object (&self->session, session);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "holidays.mark",
                                 fl_session_can (session, FL_PERMISSION_CHANGE_POLICIES));
  refresh (self);
}

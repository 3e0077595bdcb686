/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-leave-calendar-view"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fl-day-strip.h"
#include "fl-leave-calendar-view.h"
#include "fl-leave-statement-dialog.h"
#include "fl-month.h"
#include "fl-staff-service.h"

struct _FlLeaveCalendarView
{
  AdwBin          parent_instance;

  FlLeaveService *service;
  FlSession      *session;
  char           *month;
  GArray         *team_ids;   /* gint64, the dropdown's teams; 0: all one may follow */

  /* Template widgets */
  GtkLabel       *month_label;
  GtkDropDown    *team_dropdown;
  GtkLabel       *summary_label;
  FlDayStrip     *days_strip;
  GtkListBox     *people_list;
  GtkLabel       *empty_label;
  GtkWidget      *away_box;
  FlDayStrip     *away_strip;
  GtkFlowBox     *legend_box;
};

G_DEFINE_FINAL_TYPE (FlLeaveCalendarView, fl_leave_calendar_view, ADW_TYPE_BIN)

static void
colour_of (FlLeaveType *type,
           GdkRGBA     *colour)
{
  if (!gdk_rgba_parse (colour, fl_leave_type_get_fields (type)->colour))
    gdk_rgba_parse (colour, "#77767b");
}

static FlDayStripCell
cell_of (const FlLeaveCalendarDay *day)
{
  FlDayStripCell cell = { 0 };

  if (day->type != NULL)
    {
      colour_of (day->type, &cell.colour);
      cell.outlined = day->state == FL_LEAVE_PENDING;
      cell.part = day->half == FL_LEAVE_HALF_MORNING     ? FL_DAY_STRIP_MORNING
                  : day->half == FL_LEAVE_HALF_AFTERNOON ? FL_DAY_STRIP_AFTERNOON
                                                         : FL_DAY_STRIP_WHOLE;
    }
  cell.crossed = day->absent;
  return cell;
}

static gboolean
is_weekend (const char *month,
            guint       day)
{
  g_autofree char *text = g_strdup_printf ("%s-%02u", month, day);
  GDate date;
  GDateWeekday weekday;

  if (!fl_month_parse_date (text, &date))
    return FALSE;
  weekday = g_date_get_weekday (&date);
  return weekday == G_DATE_SATURDAY || weekday == G_DATE_SUNDAY;
}

/* A person's row, or the button of their name: their leave statement. */
static void
open_statement (FlLeaveCalendarView *self,
                GObject             *person)
{
  gint64 staff_id = GPOINTER_TO_INT (g_object_get_data (person, "fl-staff-id"));
  GtkWidget *dialog = fl_leave_statement_dialog_new (GTK_WIDGET (self), self->service, self->session, staff_id);

  g_signal_connect_object (dialog, "changed", G_CALLBACK (fl_leave_calendar_view_refresh), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
person_activated_cb (FlLeaveCalendarView *self,
                     GtkListBoxRow       *row)
{
  open_statement (self, G_OBJECT (row));
}

static void
name_clicked_cb (FlLeaveCalendarView *self,
                 GtkButton           *name)
{
  open_statement (self, G_OBJECT (name));
}

static GtkWidget *
create_person_row (FlLeaveCalendarView      *self,
                   const FlLeaveCalendar    *calendar,
                   const FlLeaveCalendarRow *person)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *name = gtk_button_new_with_label (person->name);
  /* Translators: the button of a person's name in the absence calendar, for a screen reader */
  g_autofree char *statement = g_strdup_printf (_("Leave statement of %s"), person->name);
  GtkWidget *strip = fl_day_strip_new ();
  FlDayStripCell cells[FL_LEAVE_CALENDAR_MAX_DAYS];
  g_autofree char *away = fl_leave_calendar_row_describe (person);
  g_autofree char *label = NULL;

  for (guint day = 0; day < calendar->n_days; day++)
    {
      cells[day] = cell_of (&person->days[day]);
      cells[day].shaded = is_weekend (calendar->month, day + 1);
    }
  fl_day_strip_set_cells (FL_DAY_STRIP (strip), cells, calendar->n_days);
  gtk_label_set_xalign (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (name))), 0);
  gtk_label_set_ellipsize (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (name))), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (name, "flat");
  gtk_widget_set_size_request (name, 138, -1);
  gtk_widget_set_margin_start (name, 6);
  gtk_widget_set_margin_end (name, 6);
  gtk_widget_set_valign (name, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (name, person->team);
  gtk_accessible_update_property (GTK_ACCESSIBLE (name), GTK_ACCESSIBLE_PROPERTY_LABEL, statement, -1);
  g_object_set_data (G_OBJECT (name), "fl-staff-id", GINT_TO_POINTER ((int) person->staff_id));
  g_signal_connect_object (name, "clicked", G_CALLBACK (name_clicked_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_set_margin_top (box, 3);
  gtk_widget_set_margin_bottom (box, 3);
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), strip);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_set_tooltip_text (strip, *away != '\0' ? away : NULL);
  /* Translators: a person's row in the absence calendar, for a screen reader: who, and when they are away */
  label = *away != '\0' ? g_strdup_printf (_("%1$s: %2$s"), person->name, away)
                        : g_strdup_printf (_("%s: not away"), person->name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, _("Opens their leave statement"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (strip), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_set_data (G_OBJECT (row), "fl-staff-id", GINT_TO_POINTER ((int) person->staff_id));
  return row;
}

static GtkWidget *
create_legend_item (const GdkRGBA *colour,
                    gboolean       outlined,
                    gboolean       crossed,
                    const char    *text)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *swatch = fl_day_strip_new ();
  FlDayStripCell cell = { .outlined = outlined, .crossed = crossed };

  if (colour != NULL)
    cell.colour = *colour;
  fl_day_strip_set_cells (FL_DAY_STRIP (swatch), &cell, 1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (swatch), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
  gtk_box_append (GTK_BOX (box), swatch);
  gtk_box_append (GTK_BOX (box), gtk_label_new (text));
  return box;
}

static void
fill_legend (FlLeaveCalendarView   *self,
             const FlLeaveCalendar *calendar)
{
  GtkWidget *child;
  GdkRGBA grey;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->legend_box))))
    gtk_flow_box_remove (self->legend_box, child);
  for (guint i = 0; i < calendar->types->len; i++)
    {
      FlLeaveType *type = g_ptr_array_index (calendar->types, i);
      GdkRGBA colour;

      colour_of (type, &colour);
      gtk_flow_box_append (self->legend_box,
                           create_legend_item (&colour, FALSE, FALSE, fl_leave_type_get_fields (type)->name));
    }
  gdk_rgba_parse (&grey, "#77767b");
  gtk_flow_box_append (self->legend_box, create_legend_item (&grey, TRUE, FALSE, _("Waiting for approval")));
  /* Translators: in the absence calendar's legend: a working day missed without leave (旷工) */
  gtk_flow_box_append (self->legend_box, create_legend_item (NULL, FALSE, TRUE, C_("calendar", "Absent")));
}

static void
fill_days (FlLeaveCalendarView   *self,
           const FlLeaveCalendar *calendar)
{
  FlDayStripCell days[FL_LEAVE_CALENDAR_MAX_DAYS] = { 0 };
  FlDayStripCell away[FL_LEAVE_CALENDAR_MAX_DAYS] = { 0 };
  g_autofree char *today = fl_month_today ();

  for (guint day = 0; day < calendar->n_days; day++)
    {
      days[day].marked = strncmp (today, calendar->month, 7) == 0 && g_ascii_strtoull (today + 8, NULL, 10) == day + 1;
      days[day].shaded = away[day].shaded = is_weekend (calendar->month, day + 1);
      g_snprintf (days[day].text, sizeof days[day].text, "%u", day + 1);
      if (calendar->away[day] > 0)
        g_snprintf (away[day].text, sizeof away[day].text, "%u", calendar->away[day]);
    }
  fl_day_strip_set_cells (self->days_strip, days, calendar->n_days);
  fl_day_strip_set_cells (self->away_strip, away, calendar->n_days);
}

static gint64
chosen_team (FlLeaveCalendarView *self)
{
  guint position = gtk_drop_down_get_selected (self->team_dropdown);

  return position < self->team_ids->len ? g_array_index (self->team_ids, gint64, position) : 0;
}

void
fl_leave_calendar_view_refresh (FlLeaveCalendarView *self)
{
  g_autoptr(FlLeaveCalendar) calendar = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *summary = NULL;
  GtkWidget *child;
  guint n_away = 0;

  g_return_if_fail (FL_IS_LEAVE_CALENDAR_VIEW (self));

  if (self->service == NULL)
    return;
  heading = fl_month_format (self->month);
  gtk_label_set_label (self->month_label, heading);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->people_list))))
    gtk_list_box_remove (self->people_list, child);
  calendar = fl_leave_service_read_calendar (self->service, self->session, self->month, chosen_team (self), &error);
  if (calendar == NULL)
    {
      gtk_label_set_label (self->empty_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->empty_label), TRUE);
      gtk_widget_set_visible (GTK_WIDGET (self->people_list), FALSE);
      return;
    }
  for (guint i = 0; i < calendar->rows->len; i++)
    {
      const FlLeaveCalendarRow *person = g_ptr_array_index (calendar->rows, i);
      g_autofree char *away = fl_leave_calendar_row_describe (person);

      n_away += *away != '\0';
      gtk_list_box_append (self->people_list, create_person_row (self, calendar, person));
    }
  fill_days (self, calendar);
  fill_legend (self, calendar);
  gtk_widget_set_visible (GTK_WIDGET (self->people_list), calendar->rows->len > 0);
  gtk_widget_set_visible (self->away_box, calendar->rows->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->empty_label), calendar->rows->len == 0);
  /* Translators: under the absence calendar when nobody is away: the month */
  summary = g_strdup_printf (_("Nobody is away in %s."), heading);
  gtk_label_set_label (self->empty_label, summary);
  g_clear_pointer (&summary, g_free);
  summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u person away or asking for leave this month",
                                          "%u people away or asking for leave this month", n_away),
                             n_away);
  gtk_label_set_label (self->summary_label, summary);
}

static void
step_month (FlLeaveCalendarView *self,
            int                  delta)
{
  char *month = fl_month_add (self->month, delta);

  g_free (self->month);
  self->month = month;
  fl_leave_calendar_view_refresh (self);
}

static void
previous_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  step_month (FL_LEAVE_CALENDAR_VIEW (widget), -1);
}

static void
next_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  step_month (FL_LEAVE_CALENDAR_VIEW (widget), 1);
}

/* The head and administrators: every team, or all at once; a lead: their own. */
static void
fill_teams (FlLeaveCalendarView *self,
            FlDatabase          *database)
{
  g_autoptr(FlStaffService) staff = fl_staff_service_new (database, self->session);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GListModel) teams = fl_staff_service_list_teams (staff, NULL);
  gboolean everyone = fl_session_has_role (self->session, FL_ROLE_DEPT_HEAD | FL_ROLE_ADMIN);
  gint64 all = 0;

  g_array_set_size (self->team_ids, 0);
  g_array_append_val (self->team_ids, all);
  gtk_string_list_append (names, everyone ? _("All Teams") : _("My Team"));
  for (guint i = 0; everyone && teams != NULL && i < g_list_model_get_n_items (teams); i++)
    {
      g_autoptr(FlTeam) team = g_list_model_get_item (teams, i);
      gint64 id = fl_team_get_id (team);

      g_array_append_val (self->team_ids, id);
      gtk_string_list_append (names, fl_team_get_name (team));
    }
  gtk_drop_down_set_model (self->team_dropdown, G_LIST_MODEL (names));
  gtk_widget_set_visible (GTK_WIDGET (self->team_dropdown), everyone);
}

void
fl_leave_calendar_view_set_up (FlLeaveCalendarView *self,
                               FlDatabase          *database,
                               FlLeaveService      *service,
                               FlSession           *session)
{
  g_return_if_fail (FL_IS_LEAVE_CALENDAR_VIEW (self));

  g_set_object (&self->service, service);
  g_set_object (&self->session, session);
  fill_teams (self, database);
  g_signal_connect_object (self->team_dropdown, "notify::selected", G_CALLBACK (fl_leave_calendar_view_refresh),
                           self, G_CONNECT_SWAPPED);
  fl_leave_calendar_view_refresh (self);
}

static void
fl_leave_calendar_view_dispose (GObject *object)
{
  FlLeaveCalendarView *self = FL_LEAVE_CALENDAR_VIEW (object);

  /* AdwBin would unparent its child again after the template let it go. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), FL_TYPE_LEAVE_CALENDAR_VIEW);
  g_clear_object (&self->service);
  g_clear_object (&self->session);
  g_clear_pointer (&self->month, g_free);
  g_clear_pointer (&self->team_ids, g_array_unref);

  G_OBJECT_CLASS (fl_leave_calendar_view_parent_class)->dispose (object);
}

static void
fl_leave_calendar_view_class_init (FlLeaveCalendarViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fl_leave_calendar_view_dispose;

  g_type_ensure (FL_TYPE_DAY_STRIP);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/floorlead/Floorlead/leave/fl-leave-calendar-view.ui");
  gtk_widget_class_bind_template_child (widget_class, FlLeaveCalendarView, month_label);
  gtk_widget_class_bind_template_child (widget_class, FlLeaveCalendarView, team_dropdown);
  gtk_widget_class_bind_template_child (widget_class, FlLeaveCalendarView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, FlLeaveCalendarView, days_strip);
  gtk_widget_class_bind_template_child (widget_class, FlLeaveCalendarView, people_list);
  gtk_widget_class_bind_template_child (widget_class, FlLeaveCalendarView, empty_label);
  gtk_widget_class_bind_template_child (widget_class, FlLeaveCalendarView, away_box);
  gtk_widget_class_bind_template_child (widget_class, FlLeaveCalendarView, away_strip);
  gtk_widget_class_bind_template_child (widget_class, FlLeaveCalendarView, legend_box);
  gtk_widget_class_bind_template_callback (widget_class, person_activated_cb);
  gtk_widget_class_install_action (widget_class, "calendar.previous", NULL, previous_activated);
  gtk_widget_class_install_action (widget_class, "calendar.next", NULL, next_activated);
}

static void
fl_leave_calendar_view_init (FlLeaveCalendarView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->month = fl_month_current ();
  self->team_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
}

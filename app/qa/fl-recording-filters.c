/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-recording-filters"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "fl-recording-filters.h"
#include "fl-staff-dropdowns.h"

/* The filters of the recordings library, in a popover. What the fields say
 * is only taken over ("applied") when it is valid: a half-typed or wrong
 * date shows a message and leaves the list as it is. The library copies
 * the applied filters into its FlRecordingQuery on "changed"; the core runs
 * the query. */
struct _FlRecordingFilters
{
  GtkPopover               parent_instance;

  FlRecordingService      *recordings;
  FlStaffService          *staff;
  FlSession               *session;
  GArray                  *agent_ids;
  GArray                  *team_ids;
  gboolean                 updating;

  /* Applied */
  GDateTime               *from;
  GDateTime               *until;
  gint64                   agent_id;
  gint64                   team_id;
  char                    *queue;
  gint64                   min_duration_ms;
  gint64                   max_duration_ms;
  FlRecordingStateFilter   state;
  FlRecordingStatusFilter  status;

  /* Template widgets */
  GtkEntry                *from_entry;
  GtkEntry                *to_entry;
  GtkMenuButton           *from_calendar_button;
  GtkMenuButton           *to_calendar_button;
  GtkCalendar             *from_calendar;
  GtkCalendar             *to_calendar;
  GtkLabel                *date_error_label;
  GtkDropDown             *agent_dropdown;
  GtkDropDown             *team_dropdown;
  GtkDropDown             *queue_dropdown;
  GtkEntry                *min_duration_entry;
  GtkEntry                *max_duration_entry;
  GtkLabel                *duration_error_label;
  GtkDropDown             *state_dropdown;
  GtkDropDown             *status_dropdown;
  GtkLabel                *load_error_label;
  GtkWidget               *clear_button;
};

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (FlRecordingFilters, fl_recording_filters, GTK_TYPE_POPOVER)

typedef enum
{
  DAY_EMPTY,
  DAY_VALID,
  DAY_MALFORMED,
  DAY_NO_SUCH_DAY,
} DayParse;

static char *
dup_entry_text (GtkEntry *entry)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
}

static void
set_entry_text (GtkEntry   *entry,
                const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), text != NULL ? text : "");
}

/* YYYY-MM-DD, as dates are written everywhere in the center (and stored). */
static DayParse
parse_day (GtkEntry  *entry,
           GDateTime **day)
{
  g_autofree char *text = dup_entry_text (entry);
  unsigned int year = 0, month = 0, mday = 0;
  int end = -1;

  *day = NULL;
  if (*text == '\0')
    return DAY_EMPTY;
  if (strspn (text, "0123456789-") != strlen (text) ||
      sscanf (text, "%4u-%2u-%2u%n", &year, &month, &mday, &end) != 3 ||
      end < 0 || text[end] != '\0' || year < 1000)
    return DAY_MALFORMED;
  if (month < 1 || month > 12 || mday < 1 ||
      !g_date_valid_dmy (mday, month, year))
    return DAY_NO_SUCH_DAY;

  *day = g_date_time_new_local (year, month, mday, 0, 0, 0);
  return DAY_VALID;
}

static char *
describe_day_problem (GtkEntry *entry,
                      DayParse  parse)
{
  g_autofree char *text = dup_entry_text (entry);
  g_autoptr(GDateTime) today = NULL;
  g_autofree char *example = NULL;

  if (parse == DAY_NO_SUCH_DAY)
    /* Translators: %s is what the user typed as a date, e.g. 2024-02-30 */
    return g_strdup_printf (_("There is no day %s on the calendar."), text);

  today = g_date_time_new_now_local ();
  example = g_date_time_format (today, "%Y-%m-%d");
  /* Translators: %s is today's date as an example, e.g. 2024-03-01; keep YYYY-MM-DD
     as in the date fields' placeholder */
  return g_strdup_printf (_("Write dates as YYYY-MM-DD, for example %s."), example);
}

static gboolean
times_equal (GDateTime *a,
             GDateTime *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return g_date_time_equal (a, b);
}

static void
set_error (GtkLabel   *label,
           GtkEntry   *entry,
           const char *message)
{
  gtk_label_set_text (label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), message != NULL);
  if (message != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
}

static void
update_clear_button (FlRecordingFilters *self)
{
  gtk_widget_set_sensitive (self->clear_button, fl_recording_filters_get_n_active (self) > 0);
}

static void
emit_changed (FlRecordingFilters *self)
{
  update_clear_button (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* Takes over both dates when both are valid (or empty), and says what is
 * wrong otherwise; @insist shows the message of an incomplete date too (on
 * Enter or leaving the field), not only of a complete wrong one. */
static void
update_dates (FlRecordingFilters *self,
              gboolean            insist)
{
  g_autoptr(GDateTime) from = NULL;
  g_autoptr(GDateTime) to = NULL;
  g_autoptr(GDateTime) until = NULL;
  g_autofree char *message = NULL;
  GtkEntry *wrong = NULL;
  DayParse from_parse = parse_day (self->from_entry, &from);
  DayParse to_parse = parse_day (self->to_entry, &to);

  gtk_widget_remove_css_class (GTK_WIDGET (self->from_entry), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->to_entry), "error");

  if (from_parse == DAY_MALFORMED || from_parse == DAY_NO_SUCH_DAY)
    {
      wrong = self->from_entry;
      message = describe_day_problem (wrong, from_parse);
    }
  else if (to_parse == DAY_MALFORMED || to_parse == DAY_NO_SUCH_DAY)
    {
      wrong = self->to_entry;
      message = describe_day_problem (wrong, to_parse);
    }
  else if (from != NULL && to != NULL && g_date_time_compare (from, to) > 0)
    {
      wrong = self->to_entry;
      message = g_strdup (_("The last day is before the first day."));
    }

  if (wrong != NULL)
    {
      g_autofree char *text = dup_entry_text (wrong);

      /* While typing, "2024-0" is not wrong yet. */
      if (insist || strlen (text) >= strlen ("YYYY-MM-DD"))
        set_error (self->date_error_label, wrong, message);
      else
        set_error (self->date_error_label, wrong, NULL);
      return;
    }

  set_error (self->date_error_label, self->from_entry, NULL);
  /* The last day is included: recordings before the next midnight. */
  if (to != NULL)
    until = g_date_time_add_days (to, 1);
  if (times_equal (from, self->from) && times_equal (until, self->until))
    return;

  g_clear_pointer (&self->from, g_date_time_unref);
  g_clear_pointer (&self->until, g_date_time_unref);
  self->from = g_steal_pointer (&from);
  self->until = g_steal_pointer (&until);
  emit_changed (self);
}

/* Whole seconds, or -1 for an empty field; FALSE when it is not a number. */
static gboolean
parse_seconds (GtkEntry *entry,
               gint64   *milliseconds)
{
  g_autofree char *text = dup_entry_text (entry);
  guint64 seconds = 0;

  *milliseconds = -1;
  if (*text == '\0')
    return TRUE;
  if (strspn (text, "0123456789") != strlen (text) ||
      !g_ascii_string_to_unsigned (text, 10, 0, G_MAXINT32, &seconds, NULL))
    return FALSE;
  *milliseconds = (gint64) seconds * 1000;
  return TRUE;
}

static void
update_durations (FlRecordingFilters *self)
{
  gint64 min_ms = -1, max_ms = -1;
  GtkEntry *wrong = NULL;
  const char *message = NULL;

  gtk_widget_remove_css_class (GTK_WIDGET (self->min_duration_entry), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->max_duration_entry), "error");

  if (!parse_seconds (self->min_duration_entry, &min_ms))
    wrong = self->min_duration_entry;
  else if (!parse_seconds (self->max_duration_entry, &max_ms))
    wrong = self->max_duration_entry;
  if (wrong != NULL)
    message = _("Write durations in whole seconds, for example 90.");
  else if (min_ms >= 0 && max_ms >= 0 && min_ms > max_ms)
    {
      wrong = self->max_duration_entry;
      message = _("The longest duration is shorter than the shortest.");
    }

  set_error (self->duration_error_label, wrong, message);
  if (wrong != NULL)
    return;
  if (min_ms == self->min_duration_ms && max_ms == self->max_duration_ms)
    return;

  self->min_duration_ms = min_ms;
  self->max_duration_ms = max_ms;
  emit_changed (self);
}

static const char *
selected_string (GtkDropDown *dropdown)
{
  GtkStringObject *item = gtk_drop_down_get_selected_item (dropdown);

  return item != NULL ? gtk_string_object_get_string (item) : NULL;
}

static void
fill_queues (FlRecordingFilters *self,
             GStrv               queues)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GtkExpression) expression = NULL;
  guint selected = 0;
  guint n = 1;

  /* Translators: the first entry of the queue filter */
  gtk_string_list_append (labels, _("Any queue"));
  for (guint i = 0; queues != NULL && queues[i] != NULL; i++, n++)
    {
      gtk_string_list_append (labels, queues[i]);
      if (g_strcmp0 (queues[i], self->queue) == 0)
        selected = n;
    }
  /* A queue chosen before stays chosen, even if no recording names it now. */
  if (self->queue != NULL && selected == 0)
    {
      gtk_string_list_append (labels, self->queue);
      selected = n;
    }

  expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  gtk_drop_down_set_expression (self->queue_dropdown, expression);
  gtk_drop_down_set_enable_search (self->queue_dropdown, n > 10);
  gtk_drop_down_set_model (self->queue_dropdown, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (self->queue_dropdown, selected);
}

static void
fill_fixed_choices (FlRecordingFilters *self)
{
  g_autoptr(GtkStringList) states = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);

  /* In FlRecordingStateFilter's order. */
  gtk_string_list_append (states, C_("evaluation state filter", "Any"));
  gtk_string_list_append (states, fl_recording_evaluation_to_label (FL_RECORDING_EVALUATION_NONE));
  gtk_string_list_append (states, fl_recording_evaluation_to_label (FL_RECORDING_EVALUATION_DRAFT));
  gtk_string_list_append (states, fl_recording_evaluation_to_label (FL_RECORDING_EVALUATION_SUBMITTED));
  gtk_drop_down_set_model (self->state_dropdown, G_LIST_MODEL (states));

  /* In FlRecordingStatusFilter's order. */
  gtk_string_list_append (statuses, C_("recording file filter", "Any"));
  gtk_string_list_append (statuses, fl_recording_status_to_label (FL_RECORDING_STATUS_PRESENT));
  gtk_string_list_append (statuses, fl_recording_status_to_label (FL_RECORDING_STATUS_MISSING));
  gtk_string_list_append (statuses, fl_recording_status_to_label (FL_RECORDING_STATUS_UNREADABLE));
  gtk_drop_down_set_model (self->status_dropdown, G_LIST_MODEL (statuses));
}

static void
show_load_error (FlRecordingFilters *self,
                 const GError       *error)
{
  g_autofree char *text = NULL;

  /* Translators: %s says why, e.g. "The database is locked." */
  text = g_strdup_printf (_("Some choices could not be listed: %s"), error->message);
  gtk_label_set_text (self->load_error_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->load_error_label), TRUE);
}

static void
reload_choices_cb (FlRecordingFilters *self)
{
  fl_recording_filters_reload_choices (self);
}

static void
choice_changed_cb (FlRecordingFilters *self)
{
  g_autofree char *queue = NULL;
  gint64 agent_id, team_id;
  FlRecordingStateFilter state;
  FlRecordingStatusFilter status;

  if (self->updating)
    return;

  agent_id = self->agent_ids ? fl_staff_dropdown_get_id (self->agent_dropdown, self->agent_ids) : 0;
  team_id = self->team_ids ? fl_staff_dropdown_get_id (self->team_dropdown, self->team_ids) : 0;
  if (gtk_drop_down_get_selected (self->queue_dropdown) > 0)
    queue = g_strdup (selected_string (self->queue_dropdown));
  state = MIN (gtk_drop_down_get_selected (self->state_dropdown), FL_RECORDING_STATE_SUBMITTED);
  status = MIN (gtk_drop_down_get_selected (self->status_dropdown), FL_RECORDING_STATUS_ONLY_UNREADABLE);

  /* Dropdowns not filled yet keep what was applied. */
  if (self->agent_ids == NULL)
    agent_id = self->agent_id;
  if (self->team_ids == NULL)
    team_id = self->team_id;

  if (agent_id == self->agent_id && team_id == self->team_id &&
      g_strcmp0 (queue, self->queue) == 0 && state == self->state && status == self->status)
    return;

  self->agent_id = agent_id;
  self->team_id = team_id;
  g_free (self->queue);
  self->queue = g_steal_pointer (&queue);
  self->state = state;
  self->status = status;
  emit_changed (self);
}

static void
date_changed_cb (FlRecordingFilters *self)
{
  if (!self->updating)
    update_dates (self, FALSE);
}

static void
date_activated_cb (FlRecordingFilters *self)
{
  update_dates (self, TRUE);
}

static void
date_left_cb (FlRecordingFilters *self)
{
  if (!self->updating)
    update_dates (self, TRUE);
}

static void
duration_changed_cb (FlRecordingFilters *self)
{
  if (!self->updating)
    update_durations (self);
}

/* The calendar opens on the day in its field, or on the other field's day,
 * or on today. */
static void
calendar_shown_cb (FlRecordingFilters *self,
                   GtkPopover         *popover)
{
  gboolean is_from = gtk_popover_get_child (popover) == GTK_WIDGET (self->from_calendar);
  GtkCalendar *calendar = is_from ? self->from_calendar : self->to_calendar;
  g_autoptr(GDateTime) day = NULL;
  g_autoptr(GDateTime) other = NULL;

  if (parse_day (is_from ? self->from_entry : self->to_entry, &day) != DAY_VALID &&
      parse_day (is_from ? self->to_entry : self->from_entry, &other) == DAY_VALID)
    day = g_date_time_ref (other);
  if (day == NULL)
    day = g_date_time_new_now_local ();

  self->updating = TRUE;
  gtk_calendar_select_day (calendar, day);
  self->updating = FALSE;
}

static void
day_selected_cb (FlRecordingFilters *self,
                 GtkCalendar        *calendar)
{
  gboolean is_from = calendar == self->from_calendar;
  g_autoptr(GDateTime) day = NULL;
  g_autofree char *text = NULL;

  if (self->updating)
    return;

  day = gtk_calendar_get_date (calendar);
  text = g_date_time_format (day, "%Y-%m-%d");
  set_entry_text (is_from ? self->from_entry : self->to_entry, text);
  gtk_menu_button_popdown (is_from ? self->from_calendar_button : self->to_calendar_button);
  update_dates (self, TRUE);
}

static void
clear_clicked_cb (FlRecordingFilters *self)
{
  fl_recording_filters_clear (self);
}

static void
watch_focus_leave (FlRecordingFilters *self,
                   GtkEntry           *entry)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_signal_connect_swapped (focus, "leave", G_CALLBACK (date_left_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (entry), focus);
}

static void
fl_recording_filters_dispose (GObject *object)
{
  FlRecordingFilters *self = FL_RECORDING_FILTERS (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FL_TYPE_RECORDING_FILTERS);
  g_clear_object (&self->recordings);
  g_clear_object (&self->staff);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (fl_recording_filters_parent_class)->dispose (object);
}

static void
fl_recording_filters_finalize (GObject *object)
{
  FlRecordingFilters *self = FL_RECORDING_FILTERS (object);

  g_clear_pointer (&self->agent_ids, g_array_unref);
  g_clear_pointer (&self->team_ids, g_array_unref);
  g_clear_pointer (&self->from, g_date_time_unref);
  g_clear_pointer (&self->until, g_date_time_unref);
  g_free (self->queue);

  G_OBJECT_CLASS (fl_recording_filters_parent_class)->finalize (object);
}

static void
fl_recording_filters_class_init (FlRecordingFiltersClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fl_recording_filters_dispose;
  object_class->finalize = fl_recording_filters_finalize;

  /* The applied filters changed: the library runs its query again. */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/floorlead/Floorlead/qa/fl-recording-filters.ui");
  gtk_widget_class_bind_template_child (widget_class, FlRecordingFilters, from_entry);
  gtk_widget_class_bind_template_child (widget_class, FlRecordingFilters, to_entry);
  gtk_widget_class_bind_template_child (widget_class, FlRecordingFilters, from_calendar_button);
  gtk_widget_class_bind_template_child (widget_class, FlRecordingFilters, to_calendar_button);
  gtk_widget_class_bind_template_child (widget_class, FlRecordingFilters, from_calendar);
  gtk_widget_class_bind_template_child (widget_class, FlRecordingFilters, to_calendar);
  gtk_widget_class_bind_template_child (widget_class, FlRecordingFilters, date_error_label);
  gtk_widget_class_bind_template_child (widget_class, FlRecordingFilters, agent_dropdown);
  gtk_widget_class_bind_template_child (widget_class, FlRecordingFilters, team_dropdown);
  gtk_widget_class_bind_template_child (widget_class, FlRecordingFilters, queue_dropdown);
  gtk_widget_class_bind_template_child (widget_class, FlRecordingFilters, min_duration_entry);
  gtk_widget_class_bind_template_child (widget_class, FlRecordingFilters, max_duration_entry);
  gtk_widget_class_bind_template_child (widget_class, FlRecordingFilters, duration_error_label);
  gtk_widget_class_bind_template_child (widget_class, FlRecordingFilters, state_dropdown);
  gtk_widget_class_bind_template_child (widget_class, FlRecordingFilters, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, FlRecordingFilters, load_error_label);
  gtk_widget_class_bind_template_child (widget_class, FlRecordingFilters, clear_button);

  gtk_widget_class_bind_template_callback (widget_class, reload_choices_cb);
  gtk_widget_class_bind_template_callback (widget_class, choice_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, date_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, date_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, duration_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, calendar_shown_cb);
  gtk_widget_class_bind_template_callback (widget_class, day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, clear_clicked_cb);
}

static void
fl_recording_filters_init (FlRecordingFilters *self)
{
  self->min_duration_ms = -1;
  self->max_duration_ms = -1;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->updating = TRUE;
  fill_fixed_choices (self);
  self->updating = FALSE;
  watch_focus_leave (self, self->from_entry);
  watch_focus_leave (self, self->to_entry);
}

GtkWidget *
fl_recording_filters_new (FlRecordingService *recordings,
                          FlStaffService     *staff,
                          FlSession          *session)
{
  FlRecordingFilters *self;

  g_return_val_if_fail (FL_IS_RECORDING_SERVICE (recordings), NULL);
  g_return_val_if_fail (FL_IS_STAFF_SERVICE (staff), NULL);
  g_return_val_if_fail (FL_IS_SESSION (session), NULL);

  self = g_object_new (FL_TYPE_RECORDING_FILTERS, NULL);
  self->recordings = g_object_ref (recordings);
  self->staff = g_object_ref (staff);
  self->session = g_object_ref (session);
  return GTK_WIDGET (self);
}

/* Copies the applied filters into @query; search and sort are left alone. */
void
fl_recording_filters_apply (FlRecordingFilters *self,
                            FlRecordingQuery   *query)
{
  g_return_if_fail (FL_IS_RECORDING_FILTERS (self));
  g_return_if_fail (query != NULL);

  fl_recording_query_set_range (query, self->from, self->until);
  query->agent_staff_id = self->agent_id;
  query->team_id = self->team_id;
  fl_recording_query_set_queue (query, self->queue);
  query->min_duration_ms = self->min_duration_ms;
  query->max_duration_ms = self->max_duration_ms;
  query->state = self->state;
  query->status = self->status;
}

/* How many filters narrow the list (a date range counts once, and so does
 * a duration range). */
guint
fl_recording_filters_get_n_active (FlRecordingFilters *self)
{
  g_return_val_if_fail (FL_IS_RECORDING_FILTERS (self), 0);

  return (self->from != NULL || self->until != NULL) +
         (self->agent_id > 0) +
         (self->team_id > 0) +
         (self->queue != NULL) +
         (self->min_duration_ms >= 0 || self->max_duration_ms >= 0) +
         (self->state != FL_RECORDING_STATE_ANY) +
         (self->status != FL_RECORDING_STATUS_ANY);
}

void
fl_recording_filters_clear (FlRecordingFilters *self)
{
  gboolean was_active;

  g_return_if_fail (FL_IS_RECORDING_FILTERS (self));

  was_active = fl_recording_filters_get_n_active (self) > 0;

  self->updating = TRUE;
  set_entry_text (self->from_entry, NULL);
  set_entry_text (self->to_entry, NULL);
  set_entry_text (self->min_duration_entry, NULL);
  set_entry_text (self->max_duration_entry, NULL);
  gtk_drop_down_set_selected (self->agent_dropdown, 0);
  gtk_drop_down_set_selected (self->team_dropdown, 0);
  gtk_drop_down_set_selected (self->queue_dropdown, 0);
  gtk_drop_down_set_selected (self->state_dropdown, 0);
  gtk_drop_down_set_selected (self->status_dropdown, 0);
  self->updating = FALSE;

  set_error (self->date_error_label, self->from_entry, NULL);
  set_error (self->duration_error_label, self->min_duration_entry, NULL);
  gtk_widget_remove_css_class (GTK_WIDGET (self->from_entry), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->to_entry), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->min_duration_entry), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->max_duration_entry), "error");

  g_clear_pointer (&self->from, g_date_time_unref);
  g_clear_pointer (&self->until, g_date_time_unref);
  self->agent_id = 0;
  self->team_id = 0;
  g_clear_pointer (&self->queue, g_free);
  self->min_duration_ms = -1;
  self->max_duration_ms = -1;
  self->state = FL_RECORDING_STATE_ANY;
  self->status = FL_RECORDING_STATUS_ANY;

  if (was_active)
    emit_changed (self);
}

/* Lists the agents and queues recordings name and the center's teams
 * again (after an import, or when the popover opens), keeping what is
 * chosen. */
void
fl_recording_filters_reload_choices (FlRecordingFilters *self)
{
  g_autoptr(GListModel) agents = NULL;
  g_autoptr(GListModel) teams = NULL;
  g_auto(GStrv) queues = NULL;
  g_autoptr(GError) agents_error = NULL;
  g_autoptr(GError) teams_error = NULL;
  g_autoptr(GError) queues_error = NULL;
  g_autofree char *agent_label = NULL;
  g_autofree char *team_label = NULL;

  g_return_if_fail (FL_IS_RECORDING_FILTERS (self));

  agents = fl_recording_service_list_agents (self->recordings, self->session, &agents_error);
  teams = fl_staff_service_list_teams (self->staff, &teams_error);
  queues = fl_recording_service_list_queues (self->recordings, self->session, &queues_error);

  agent_label = g_strdup (selected_string (self->agent_dropdown));
  team_label = g_strdup (selected_string (self->team_dropdown));

  self->updating = TRUE;
  g_clear_pointer (&self->agent_ids, g_array_unref);
  g_clear_pointer (&self->team_ids, g_array_unref);
  /* Translators: the first entry of the agent filter */
  self->agent_ids = fl_staff_dropdown_fill (self->agent_dropdown, _("Any agent"), agents,
                                            self->agent_id, agent_label);
  /* Translators: the first entry of the team filter */
  self->team_ids = fl_staff_dropdown_fill (self->team_dropdown, _("Any team"), teams,
                                           self->team_id, team_label);
  fill_queues (self, queues);
  self->updating = FALSE;

  gtk_widget_set_visible (GTK_WIDGET (self->load_error_label), FALSE);
  if (agents_error != NULL)
    show_load_error (self, agents_error);
  else if (teams_error != NULL)
    show_load_error (self, teams_error);
  else if (queues_error != NULL)
    show_load_error (self, queues_error);
}

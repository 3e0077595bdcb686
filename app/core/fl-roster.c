/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-roster"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "fl-format.h"
#include "fl-roster-private.h"
#include "fl-roster-service.h"

struct _FlRoster
{
  GObject        parent_instance;

  gint64         id;
  gint64         team_id;
  char          *month;
  FlRosterState  state;
  GDate          first;         /* the month's first day */
  guint          n_days;
  GPtrArray     *shift_types;   /* FlShiftType */
  FlShiftSpec   *specs;         /* the shift types' times, for the check */
  GArray        *agents;        /* FlRosterAgent */
  GPtrArray     *holidays;      /* FlHoliday or NULL, one per day of the month */
  GArray        *seats;         /* FlRosterSeat */
  FlRosterCheck *check;
};

G_DEFINE_FINAL_TYPE (FlRoster, fl_roster, G_TYPE_OBJECT)

static const char *state_names[] = { "draft", "submitted", "published" };

static void
clear_agent (gpointer data)
{
  g_free (((FlRosterAgent *) data)->name);
}

/* Most days are not holidays: their slots stay NULL. */
static void
unref_if_set (gpointer object)
{
  if (object != NULL)
    g_object_unref (object);
}

static void
fl_roster_finalize (GObject *object)
{
  FlRoster *self = FL_ROSTER (object);

  g_clear_pointer (&self->check, fl_roster_check_free);
  g_clear_pointer (&self->shift_types, g_ptr_array_unref);
  g_clear_pointer (&self->agents, g_array_unref);
  g_clear_pointer (&self->holidays, g_ptr_array_unref);
  g_clear_pointer (&self->seats, g_array_unref);
  g_free (self->specs);
  g_free (self->month);

  G_OBJECT_CLASS (fl_roster_parent_class)->finalize (object);
}

static void
fl_roster_class_init (FlRosterClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fl_roster_finalize;
}

static void
fl_roster_init (FlRoster *self)
{
}

FlRoster *
_fl_roster_new (gint64               id,
                gint64               team_id,
                const char          *month,
                FlRosterState        state,
                const FlRosterRules *rules,
                GPtrArray           *shift_types,
                GArray              *agents)
{
  FlRoster *self;
  guint year, month_number;

  g_return_val_if_fail (month != NULL && sscanf (month, "%4u-%2u", &year, &month_number) == 2, NULL);
  g_return_val_if_fail (g_date_valid_dmy (1, month_number, year), NULL);

  self = g_object_new (FL_TYPE_ROSTER, NULL);
  self->id = id;
  self->team_id = team_id;
  self->month = g_strdup (month);
  self->state = state;
  g_date_set_dmy (&self->first, 1, month_number, year);
  self->n_days = g_date_get_days_in_month (month_number, year);
  self->holidays = g_ptr_array_new_full (self->n_days, unref_if_set);
  g_ptr_array_set_size (self->holidays, (int) self->n_days);
  self->shift_types = g_ptr_array_ref (shift_types);
  self->specs = g_new (FlShiftSpec, MAX (shift_types->len, 1));
  for (guint i = 0; i < shift_types->len; i++)
    self->specs[i] = fl_shift_type_get_fields (g_ptr_array_index (shift_types, i))->spec;
  g_array_set_clear_func (agents, clear_agent);
  self->agents = g_array_ref (agents);
  self->check = fl_roster_check_new (rules, self->specs, shift_types->len, agents->len, self->n_days,
                                     FL_ROSTER_DAYS_BEFORE);
  for (guint agent = 0; agent < agents->len; agent++)
    {
      const FlRosterAgent *row = &g_array_index (agents, FlRosterAgent, agent);

      fl_roster_check_set_contract (self->check, agent, row->min_minutes, row->max_minutes);
    }
  return self;
}

void
_fl_roster_set_id (FlRoster *self,
                   gint64    id)
{
  self->id = id;
}

void
_fl_roster_set_state (FlRoster      *self,
                      FlRosterState  state)
{
  self->state = state;
}

int
_fl_roster_find_agent (FlRoster *self,
                       gint64    staff_id)
{
  for (guint agent = 0; agent < self->agents->len; agent++)
    if (g_array_index (self->agents, FlRosterAgent, agent).staff_id == staff_id)
      return (int) agent;
  return -1;
}

int
_fl_roster_find_shift (FlRoster *self,
                       gint64    shift_type_id)
{
  for (guint i = 0; i < self->shift_types->len; i++)
    if (fl_shift_type_get_fields (g_ptr_array_index (self->shift_types, i))->id == shift_type_id)
      return (int) i;
  return FL_ROSTER_EMPTY;
}

gboolean
_fl_roster_day_of_date (FlRoster   *self,
                        const char *date,
                        int        *day)
{
  guint year, month, day_of_month;
  GDate parsed;

  if (date == NULL || sscanf (date, "%4u-%2u-%2u", &year, &month, &day_of_month) != 3 ||
      !g_date_valid_dmy (day_of_month, month, year))
    return FALSE;
  g_date_set_dmy (&parsed, day_of_month, month, year);
  *day = g_date_days_between (&self->first, &parsed);
  return TRUE;
}

gboolean
fl_roster_locate (FlRoster   *self,
                  gint64      staff_id,
                  const char *date,
                  guint      *agent,
                  guint      *day)
{
  int row, day_of_month;

  g_return_val_if_fail (FL_IS_ROSTER (self), FALSE);

  row = _fl_roster_find_agent (self, staff_id);
  if (row < 0 || !_fl_roster_day_of_date (self, date, &day_of_month) || day_of_month < 0 ||
      (guint) day_of_month >= self->n_days)
    return FALSE;
  *agent = (guint) row;
  *day = (guint) day_of_month;
  return TRUE;
}

gint64
fl_roster_get_id (FlRoster *self)
{
  g_return_val_if_fail (FL_IS_ROSTER (self), 0);

  return self->id;
}

gint64
fl_roster_get_team_id (FlRoster *self)
{
  g_return_val_if_fail (FL_IS_ROSTER (self), 0);

  return self->team_id;
}

const char *
fl_roster_get_month (FlRoster *self)
{
  g_return_val_if_fail (FL_IS_ROSTER (self), NULL);

  return self->month;
}

FlRosterState
fl_roster_get_state (FlRoster *self)
{
  g_return_val_if_fail (FL_IS_ROSTER (self), FL_ROSTER_DRAFT);

  return self->state;
}

guint
fl_roster_get_n_days (FlRoster *self)
{
  g_return_val_if_fail (FL_IS_ROSTER (self), 0);

  return self->n_days;
}

guint
fl_roster_get_n_agents (FlRoster *self)
{
  g_return_val_if_fail (FL_IS_ROSTER (self), 0);

  return self->agents->len;
}

gint64
fl_roster_get_agent_id (FlRoster *self,
                        guint     agent)
{
  g_return_val_if_fail (FL_IS_ROSTER (self), 0);
  g_return_val_if_fail (agent < self->agents->len, 0);

  return g_array_index (self->agents, FlRosterAgent, agent).staff_id;
}

const char *
fl_roster_get_agent_name (FlRoster *self,
                          guint     agent)
{
  g_return_val_if_fail (FL_IS_ROSTER (self), NULL);
  g_return_val_if_fail (agent < self->agents->len, NULL);

  return g_array_index (self->agents, FlRosterAgent, agent).name;
}

guint
fl_roster_get_n_shift_types (FlRoster *self)
{
  g_return_val_if_fail (FL_IS_ROSTER (self), 0);

  return self->shift_types->len;
}

FlShiftType *
fl_roster_get_shift_type (FlRoster *self,
                          guint     index)
{
  g_return_val_if_fail (FL_IS_ROSTER (self), NULL);
  g_return_val_if_fail (index < self->shift_types->len, NULL);

  return g_ptr_array_index (self->shift_types, index);
}

int
fl_roster_find_shift_code (FlRoster   *self,
                           const char *code)
{
  g_return_val_if_fail (FL_IS_ROSTER (self), FL_ROSTER_EMPTY);
  g_return_val_if_fail (code != NULL, FL_ROSTER_EMPTY);

  for (guint i = 0; i < self->shift_types->len; i++)
    if (g_ascii_strcasecmp (fl_shift_type_get_fields (g_ptr_array_index (self->shift_types, i))->code, code) == 0)
      return (int) i;
  return FL_ROSTER_EMPTY;
}

int
fl_roster_get_cell (FlRoster *self,
                    guint     agent,
                    int       day)
{
  g_return_val_if_fail (FL_IS_ROSTER (self), FL_ROSTER_EMPTY);

  return fl_roster_check_get_cell (self->check, agent, day);
}

char *
fl_roster_dup_date (FlRoster *self,
                    int       day)
{
  GDate date;

  g_return_val_if_fail (FL_IS_ROSTER (self), NULL);

  date = self->first;
  if (day >= 0)
    g_date_add_days (&date, (guint) day);
  else
    g_date_subtract_days (&date, (guint) -day);
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (&date), g_date_get_month (&date),
                          g_date_get_day (&date));
}

FlRosterCheck *
fl_roster_get_check (FlRoster *self)
{
  g_return_val_if_fail (FL_IS_ROSTER (self), NULL);

  return self->check;
}

GArray *
fl_roster_parse_pattern (FlRoster    *self,
                         const char  *codes,
                         GError     **error)
{
  g_auto(GStrv) words = NULL;
  g_autoptr(GArray) pattern = g_array_new (FALSE, FALSE, sizeof (int));

  g_return_val_if_fail (FL_IS_ROSTER (self), NULL);
  g_return_val_if_fail (codes != NULL, NULL);

  words = g_strsplit_set (codes, ", ", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      int shift;

      if (*words[i] == '\0')
        continue;
      shift = fl_roster_find_shift_code (self, words[i]);
      if (shift == FL_ROSTER_EMPTY)
        {
          g_set_error (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_INVALID,
                       _("There is no shift type with the code “%s”."), words[i]);
          return NULL;
        }
      g_array_append_val (pattern, shift);
    }
  if (pattern->len == 0)
    {
      g_set_error_literal (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_INVALID,
                           _("Write the rotation as shift codes separated by commas, as E,E,L,L,N,N,O,O."));
      return NULL;
    }
  return g_steal_pointer (&pattern);
}

GArray *
fl_roster_fill_pattern (GArray      *pattern,
                        const guint *agents,
                        const guint *offsets,
                        guint        n_agents,
                        guint        first_day,
                        guint        last_day)
{
  GArray *edits;

  g_return_val_if_fail (pattern != NULL && pattern->len > 0, NULL);
  g_return_val_if_fail (agents != NULL || n_agents == 0, NULL);
  g_return_val_if_fail (first_day <= last_day, NULL);

  edits = g_array_sized_new (FALSE, FALSE, sizeof (FlRosterEdit), n_agents * (last_day - first_day + 1));
  for (guint i = 0; i < n_agents; i++)
    for (guint day = first_day; day <= last_day; day++)
      {
        guint position = ((offsets != NULL ? offsets[i] : 0) + day - first_day) % pattern->len;
        FlRosterEdit edit = { agents[i], day, g_array_index (pattern, int, position) };

        g_array_append_val (edits, edit);
      }
  return edits;
}

void
_fl_roster_set_holidays (FlRoster   *self,
                         GListModel *holidays)
{
  guint n_items = g_list_model_get_n_items (holidays);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(FlHoliday) holiday = g_list_model_get_item (holidays, i);
      int day;

      if (_fl_roster_day_of_date (self, fl_holiday_get_date (holiday), &day) && day >= 0 &&
          day < (int) self->n_days)
        {
          g_clear_object (&self->holidays->pdata[day]);
          self->holidays->pdata[day] = g_steal_pointer (&holiday);
        }
    }
}

static void
clear_seat (gpointer data)
{
  FlRosterSeat *seat = data;

  g_free (seat->code);
  g_free (seat->name);
}

void
_fl_roster_set_seat_types (FlRoster *self,
                           GArray   *seats)
{
  g_clear_pointer (&self->seats, g_array_unref);
  g_array_set_clear_func (seats, clear_seat);
  self->seats = g_array_ref (seats);
}

gint64
_fl_roster_get_seat_id (FlRoster *self,
                        guint     seat)
{
  g_return_val_if_fail (seat < fl_roster_get_n_seats (self), 0);

  return g_array_index (self->seats, FlRosterSeat, seat).id;
}

int
_fl_roster_find_seat (FlRoster *self,
                      gint64    seat_id)
{
  for (guint i = 0; self->seats != NULL && i < self->seats->len; i++)
    if (g_array_index (self->seats, FlRosterSeat, i).id == seat_id)
      return (int) i;
  return FL_ROSTER_EMPTY;
}

GArray *
fl_roster_seat_edits_new (const guint *agents,
                          guint        n_agents,
                          guint        first_day,
                          guint        last_day,
                          int          seat)
{
  GArray *edits = g_array_new (FALSE, FALSE, sizeof (FlRosterSeatEdit));

  g_return_val_if_fail (agents != NULL || n_agents == 0, edits);

  for (guint i = 0; i < n_agents; i++)
    for (guint day = first_day; day <= last_day; day++)
      {
        FlRosterSeatEdit edit = { agents[i], day, seat };

        g_array_append_val (edits, edit);
      }
  return edits;
}

guint
fl_roster_get_n_seats (FlRoster *self)
{
  g_return_val_if_fail (FL_IS_ROSTER (self), 0);

  return self->seats != NULL ? self->seats->len : 0;
}

const char *
fl_roster_get_seat_name (FlRoster *self,
                         guint     seat)
{
  g_return_val_if_fail (FL_IS_ROSTER (self), NULL);
  g_return_val_if_fail (seat < fl_roster_get_n_seats (self), NULL);

  return g_array_index (self->seats, FlRosterSeat, seat).name;
}

const char *
fl_roster_get_seat_code (FlRoster *self,
                         guint     seat)
{
  g_return_val_if_fail (FL_IS_ROSTER (self), NULL);
  g_return_val_if_fail (seat < fl_roster_get_n_seats (self), NULL);

  return g_array_index (self->seats, FlRosterSeat, seat).code;
}

int
fl_roster_get_seat (FlRoster *self,
                    guint     agent,
                    int       day)
{
  g_return_val_if_fail (FL_IS_ROSTER (self), FL_ROSTER_EMPTY);

  /* The seat an agent keeps: the last one set up to @day. */
  for (int column = day; column >= -FL_ROSTER_DAYS_BEFORE; column--)
    {
      int seat = fl_roster_check_get_seat (self->check, agent, column);

      if (seat != FL_ROSTER_EMPTY)
        return seat;
    }
  return FL_ROSTER_EMPTY;
}

FlHoliday *
fl_roster_get_holiday (FlRoster *self,
                       guint     day)
{
  g_return_val_if_fail (FL_IS_ROSTER (self), NULL);
  g_return_val_if_fail (day < self->n_days, NULL);

  return g_ptr_array_index (self->holidays, day);
}

gboolean
fl_roster_is_weekend (FlRoster *self,
                      guint     day)
{
  GDate date;

  g_return_val_if_fail (FL_IS_ROSTER (self), FALSE);

  date = self->first;
  g_date_add_days (&date, day);
  return g_date_get_weekday (&date) >= G_DATE_SATURDAY;
}

void
fl_roster_get_totals (FlRoster       *self,
                      guint           agent,
                      FlRosterTotals *totals)
{
  g_return_if_fail (FL_IS_ROSTER (self));
  g_return_if_fail (totals != NULL);

  memset (totals, 0, sizeof *totals);
  if (agent >= fl_roster_get_n_agents (self))
    return;
  totals->minutes = fl_roster_check_get_minutes (self->check, agent);
  for (guint day = 0; day < self->n_days; day++)
    {
      int shift = fl_roster_check_get_cell (self->check, agent, (int) day);
      const FlShiftSpec *spec;

      if (shift == FL_ROSTER_EMPTY)
        continue;
      spec = &self->specs[shift];
      if (spec->kind != FL_SHIFT_KIND_WORK)
        continue;
      totals->shifts++;
      totals->nights += fl_shift_spec_is_night (spec);
      totals->weekends += fl_roster_is_weekend (self, day);
    }
}

char *
fl_roster_describe_cell (FlRoster *self,
                         guint     agent,
                         int       day)
{
  int shift;
  FlShiftType *type;
  g_autofree char *times = NULL;

  g_return_val_if_fail (FL_IS_ROSTER (self), NULL);

  shift = fl_roster_get_cell (self, agent, day);
  if (shift == FL_ROSTER_EMPTY)
    /* Translators: a roster cell with no shift in it yet */
    return g_strdup (_("no shift"));
  type = g_ptr_array_index (self->shift_types, shift);
  times = fl_shift_type_describe_times (type);
  return g_strdup_printf ("%s %s", fl_shift_type_get_fields (type)->code, times);
}

char *
fl_roster_describe_violation (FlRoster                *self,
                              const FlRosterViolation *violation)
{
  g_autofree char *date = NULL;
  g_autofree char *day = NULL;
  const char *name;

  g_return_val_if_fail (FL_IS_ROSTER (self), NULL);
  g_return_val_if_fail (violation != NULL, NULL);

  date = fl_roster_dup_date (self, (int) violation->day);
  day = fl_format_day (date);
  name = violation->agent < self->agents->len ? fl_roster_get_agent_name (self, violation->agent) : "";
  switch (violation->rule)
    {
    case FL_ROSTER_RULE_REST:
      /* Translators: an agent, the rest in hours and minutes, the day, the hours needed */
      return g_strdup_printf (_("%s rests only %d:%02d before the shift on %s; at least %d hours are needed."),
                              name, violation->value / 60, violation->value % 60, day, violation->limit / 60);
    case FL_ROSTER_RULE_OVERLAP:
      /* Translators: an agent, then a day */
      return g_strdup_printf (_("%s’s shift on %s starts before the one before it ends."), name, day);
    case FL_ROSTER_RULE_CONSECUTIVE_DAYS:
      /* Translators: an agent, the days in a row, the day it reaches them, the most allowed */
      return g_strdup_printf (_("%s works %d days in a row by %s; at most %d are allowed."), name,
                              violation->value, day, violation->limit);
    case FL_ROSTER_RULE_ABSENT_PER_DAY:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d person is on leave on %s; at most %d may be.",
                                           "%d people are on leave on %s; at most %d may be.", violation->value),
                              violation->value, day, violation->limit);
    case FL_ROSTER_RULE_SHIFT_ON_LEAVE:
      /* Translators: an agent, then a day */
      return g_strdup_printf (_("%s has a shift on %s, a day of approved leave."), name, day);
    case FL_ROSTER_RULE_SEAT_DAYS:
      {
        int seat = fl_roster_get_seat (self, violation->agent, (int) violation->day);

        /* Translators: an agent, a seat (坐席), the days kept, the last of them, the fewest allowed */
        return g_strdup_printf (_("%s keeps the %s seat %d days, to %s; a seat is kept at least %d days."), name,
                                seat != FL_ROSTER_EMPTY ? fl_roster_get_seat_name (self, (guint) seat) : "",
                                violation->value, day, violation->limit);
      }
    case FL_ROSTER_RULE_MONTHLY_HOURS:
    default:
      if (violation->value < violation->limit)
        /* Translators: an agent, the month's hours, the contract's least */
        return g_strdup_printf (_("%s works %.1f hours this month, less than the contract’s %.0f."), name,
                                violation->value / 60.0, violation->limit / 60.0);
      /* Translators: an agent, the month's hours, the contract's most */
      return g_strdup_printf (_("%s works %.1f hours this month, more than the contract’s %.0f."), name,
                              violation->value / 60.0, violation->limit / 60.0);
    }
}

const char *
fl_roster_state_to_string (FlRosterState state)
{
  g_return_val_if_fail (state <= FL_ROSTER_PUBLISHED, NULL);

  return state_names[state];
}

const char *
fl_roster_state_describe (FlRosterState state)
{
  switch (state)
    {
    case FL_ROSTER_DRAFT:
      /* Translators: a roster's state */
      return C_("roster state", "Draft");
    case FL_ROSTER_SUBMITTED:
      /* Translators: a roster's state: handed in by the lead, waiting for the department head */
      return C_("roster state", "Submitted");
    case FL_ROSTER_PUBLISHED:
      /* Translators: a roster's state: published by the department head */
      return C_("roster state", "Published");
    default:
      g_return_val_if_reached (NULL);
    }
}

FlRosterState
fl_roster_state_from_string (const char *text)
{
  for (guint i = 0; i < G_N_ELEMENTS (state_names); i++)
    if (g_strcmp0 (text, state_names[i]) == 0)
      return (FlRosterState) i;
  return FL_ROSTER_DRAFT;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-roster-check"

#include "config.h"

#include "fl-roster-check.h"

struct _FlRosterCheck
{
  FlRosterRules      rules;
  const FlShiftSpec *shifts;
  guint              n_shifts;
  guint              n_agents;
  guint              n_days;
  guint              n_before;
  gint16            *cells;           /* n_agents rows of n_before + n_days */
  gint16            *seats;           /* the same rows: the seat set from that day, or FL_ROSTER_EMPTY */
  guint8            *approved_leave;  /* n_agents rows of n_days */
  int               *min_minutes;
  int               *max_minutes;
  int               *minutes;         /* each agent's paid minutes in the month */
  GArray           **agent_violations;
  GArray           **day_violations;
};

void
fl_roster_rules_init_defaults (FlRosterRules *rules)
{
  g_return_if_fail (rules != NULL);

  rules->min_rest_minutes = 11 * 60;
  rules->max_consecutive_days = 6;
  rules->max_absent_per_day = 1;
  rules->min_seat_days = 7;
  for (guint i = 0; i < FL_ROSTER_N_RULES; i++)
    rules->severity[i] = FL_RULE_HARD;
  rules->severity[FL_ROSTER_RULE_ABSENT_PER_DAY] = FL_RULE_SOFT;
  rules->severity[FL_ROSTER_RULE_MONTHLY_HOURS] = FL_RULE_SOFT;
  rules->severity[FL_ROSTER_RULE_SEAT_DAYS] = FL_RULE_SOFT;
}

static guint
row_length (FlRosterCheck *self)
{
  return self->n_before + self->n_days;
}

static const FlShiftSpec *
spec_at (FlRosterCheck *self,
         guint          agent,
         guint          column)
{
  int shift = self->cells[agent * row_length (self) + column];

  return shift >= 0 ? &self->shifts[shift] : NULL;
}

static gboolean
works (const FlShiftSpec *spec)
{
  return spec != NULL && spec->kind == FL_SHIFT_KIND_WORK;
}

static void
add (FlRosterCheck *self,
     GArray        *violations,
     FlRosterRule   rule,
     guint          agent,
     guint          day,
     int            value,
     int            limit)
{
  FlRosterViolation violation = { rule, self->rules.severity[rule], agent, day, value, limit };

  if (violation.severity != FL_RULE_OFF)
    g_array_append_val (violations, violation);
}

/* Rest and overlap between each shift and the one worked before it, and
 * the days worked in a row, along one agent's row. */
static void
check_sequence (FlRosterCheck *self,
                guint          agent,
                GArray        *violations)
{
  gboolean have_previous = FALSE;
  gboolean run_flagged = FALSE;
  gint64 previous_end = 0;
  guint run = 0;

  for (guint column = 0; column < row_length (self); column++)
    {
      const FlShiftSpec *spec = spec_at (self, agent, column);
      gboolean in_month = column >= self->n_before;
      guint day = column - self->n_before;
      gint64 start;

      if (!works (spec))
        {
          run = 0;
          run_flagged = FALSE;
          continue;
        }
      start = (gint64) column * FL_MINUTES_PER_DAY + spec->start;
      if (have_previous && in_month)
        {
          gint64 rest = start - previous_end;

          if (rest < 0)
            add (self, violations, FL_ROSTER_RULE_OVERLAP, agent, day, (int) -rest, 0);
          else if (rest < self->rules.min_rest_minutes)
            add (self, violations, FL_ROSTER_RULE_REST, agent, day, (int) rest, self->rules.min_rest_minutes);
        }
      previous_end = MAX (have_previous ? previous_end : 0, start + fl_shift_spec_length (spec));
      have_previous = TRUE;
      run++;
      /* Once per run, on its first day in the month past the limit (a run
       * already too long before the month is flagged on the month's first). */
      if (in_month && !run_flagged && run > self->rules.max_consecutive_days)
        {
          add (self, violations, FL_ROSTER_RULE_CONSECUTIVE_DAYS, agent, day, (int) run,
               (int) self->rules.max_consecutive_days);
          run_flagged = TRUE;
        }
    }
}

/* Each seat kept at least min_seat_days before the agent moves to another:
 * a run of days at one seat ends where a different one is set. */
static void
check_seats (FlRosterCheck *self,
             guint          agent,
             GArray        *violations)
{
  const gint16 *row = &self->seats[agent * row_length (self)];
  int seat = FL_ROSTER_EMPTY;
  guint since = 0;

  for (guint column = 0; column < row_length (self); column++)
    {
      if (row[column] == FL_ROSTER_EMPTY || row[column] == seat)
        continue;
      /* Judged when the short run has a day in the month. */
      if (seat != FL_ROSTER_EMPTY && column - since < self->rules.min_seat_days && column > self->n_before)
        add (self, violations, FL_ROSTER_RULE_SEAT_DAYS, agent, column - 1 - self->n_before, (int) (column - since),
             (int) self->rules.min_seat_days);
      seat = row[column];
      since = column;
    }
}

static void
check_agent (FlRosterCheck *self,
             guint          agent)
{
  GArray *violations = self->agent_violations[agent];
  int minutes = 0;

  g_array_set_size (violations, 0);
  check_sequence (self, agent, violations);
  check_seats (self, agent, violations);
  for (guint day = 0; day < self->n_days; day++)
    {
      const FlShiftSpec *spec = spec_at (self, agent, self->n_before + day);

      if (works (spec) && self->approved_leave[agent * self->n_days + day])
        add (self, violations, FL_ROSTER_RULE_SHIFT_ON_LEAVE, agent, day, 0, 0);
      if (spec != NULL)
        minutes += fl_shift_spec_paid_minutes (spec);
    }
  self->minutes[agent] = minutes;
  if (self->min_minutes[agent] > 0 && minutes < self->min_minutes[agent])
    add (self, violations, FL_ROSTER_RULE_MONTHLY_HOURS, agent, self->n_days - 1, minutes,
         self->min_minutes[agent]);
  else if (self->max_minutes[agent] > 0 && minutes > self->max_minutes[agent])
    add (self, violations, FL_ROSTER_RULE_MONTHLY_HOURS, agent, self->n_days - 1, minutes,
         self->max_minutes[agent]);
}

static guint
count_on_leave (FlRosterCheck *self,
                guint          day)
{
  guint on_leave = 0;

  for (guint agent = 0; agent < self->n_agents; agent++)
    {
      const FlShiftSpec *spec = spec_at (self, agent, self->n_before + day);

      on_leave += spec != NULL && spec->kind == FL_SHIFT_KIND_LEAVE;
    }
  return on_leave;
}

static void
check_day (FlRosterCheck *self,
           guint          day)
{
  GArray *violations = self->day_violations[day];
  guint absent = count_on_leave (self, day);

  g_array_set_size (violations, 0);
  if (absent > self->rules.max_absent_per_day)
    add (self, violations, FL_ROSTER_RULE_ABSENT_PER_DAY, FL_ROSTER_TEAM, day, (int) absent,
         (int) self->rules.max_absent_per_day);
}

FlRosterCheck *
fl_roster_check_new (const FlRosterRules *rules,
                     const FlShiftSpec   *shifts,
                     guint                n_shifts,
                     guint                n_agents,
                     guint                n_days,
                     guint                n_before)
{
  FlRosterCheck *self;

  g_return_val_if_fail (rules != NULL, NULL);
  g_return_val_if_fail (shifts != NULL || n_shifts == 0, NULL);
  g_return_val_if_fail (n_days > 0 && n_shifts < G_MAXINT16, NULL);

  self = g_new0 (FlRosterCheck, 1);
  self->rules = *rules;
  self->shifts = shifts;
  self->n_shifts = n_shifts;
  self->n_agents = n_agents;
  self->n_days = n_days;
  self->n_before = n_before;
  self->cells = g_new (gint16, (gsize) n_agents * row_length (self));
  self->seats = g_new (gint16, (gsize) n_agents * row_length (self));
  for (gsize i = 0; i < (gsize) n_agents * row_length (self); i++)
    self->cells[i] = self->seats[i] = FL_ROSTER_EMPTY;
  self->approved_leave = g_new0 (guint8, (gsize) n_agents * n_days);
  self->min_minutes = g_new0 (int, n_agents);
  self->max_minutes = g_new0 (int, n_agents);
  self->minutes = g_new0 (int, n_agents);
  self->agent_violations = g_new (GArray *, n_agents);
  for (guint agent = 0; agent < n_agents; agent++)
    self->agent_violations[agent] = g_array_new (FALSE, FALSE, sizeof (FlRosterViolation));
  self->day_violations = g_new (GArray *, n_days);
  for (guint day = 0; day < n_days; day++)
    self->day_violations[day] = g_array_new (FALSE, FALSE, sizeof (FlRosterViolation));
  return self;
}

void
fl_roster_check_free (FlRosterCheck *self)
{
  if (self == NULL)
    return;
  for (guint agent = 0; agent < self->n_agents; agent++)
    g_array_unref (self->agent_violations[agent]);
  for (guint day = 0; day < self->n_days; day++)
    g_array_unref (self->day_violations[day]);
  g_free (self->agent_violations);
  g_free (self->day_violations);
  g_free (self->cells);
  g_free (self->seats);
  g_free (self->approved_leave);
  g_free (self->min_minutes);
  g_free (self->max_minutes);
  g_free (self->minutes);
  g_free (self);
}

void
fl_roster_check_load_cell (FlRosterCheck *self,
                           guint          agent,
                           int            day,
                           int            shift)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (agent < self->n_agents);
  g_return_if_fail (day >= -(int) self->n_before && day < (int) self->n_days);
  g_return_if_fail (shift == FL_ROSTER_EMPTY || (shift >= 0 && (guint) shift < self->n_shifts));

  self->cells[agent * row_length (self) + self->n_before + day] = (gint16) shift;
}

void
fl_roster_check_check_all (FlRosterCheck *self)
{
  g_return_if_fail (self != NULL);

  for (guint agent = 0; agent < self->n_agents; agent++)
    check_agent (self, agent);
  for (guint day = 0; day < self->n_days; day++)
    check_day (self, day);
}

void
fl_roster_check_set_cell (FlRosterCheck *self,
                          guint          agent,
                          int            day,
                          int            shift)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (agent < self->n_agents);
  g_return_if_fail (day >= -(int) self->n_before && day < (int) self->n_days);

  fl_roster_check_load_cell (self, agent, day, shift);
  check_agent (self, agent);
  if (day >= 0)
    check_day (self, (guint) day);
}

int
fl_roster_check_get_cell (FlRosterCheck *self,
                          guint          agent,
                          int            day)
{
  g_return_val_if_fail (self != NULL, FL_ROSTER_EMPTY);
  g_return_val_if_fail (agent < self->n_agents, FL_ROSTER_EMPTY);
  g_return_val_if_fail (day >= -(int) self->n_before && day < (int) self->n_days, FL_ROSTER_EMPTY);

  return self->cells[agent * row_length (self) + self->n_before + day];
}

void
fl_roster_check_load_seat (FlRosterCheck *self,
                           guint          agent,
                           int            day,
                           int            seat)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (agent < self->n_agents);
  g_return_if_fail (day >= -(int) self->n_before && day < (int) self->n_days);
  g_return_if_fail (seat >= FL_ROSTER_EMPTY && seat < G_MAXINT16);

  self->seats[agent * row_length (self) + self->n_before + day] = (gint16) seat;
}

void
fl_roster_check_set_seat (FlRosterCheck *self,
                          guint          agent,
                          int            day,
                          int            seat)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (agent < self->n_agents);

  fl_roster_check_load_seat (self, agent, day, seat);
  check_agent (self, agent);
}

int
fl_roster_check_get_seat (FlRosterCheck *self,
                          guint          agent,
                          int            day)
{
  g_return_val_if_fail (self != NULL, FL_ROSTER_EMPTY);
  g_return_val_if_fail (agent < self->n_agents, FL_ROSTER_EMPTY);
  g_return_val_if_fail (day >= -(int) self->n_before && day < (int) self->n_days, FL_ROSTER_EMPTY);

  return self->seats[agent * row_length (self) + self->n_before + day];
}

void
fl_roster_check_set_approved_leave (FlRosterCheck *self,
                                    guint          agent,
                                    guint          day,
                                    gboolean       approved)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (agent < self->n_agents && day < self->n_days);

  self->approved_leave[agent * self->n_days + day] = approved != FALSE;
  check_agent (self, agent);
}

void
fl_roster_check_set_contract (FlRosterCheck *self,
                              guint          agent,
                              int            min_minutes,
                              int            max_minutes)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (agent < self->n_agents);

  self->min_minutes[agent] = MAX (min_minutes, 0);
  self->max_minutes[agent] = MAX (max_minutes, 0);
  check_agent (self, agent);
}

guint
fl_roster_check_count_on_leave (FlRosterCheck *self,
                                guint          day)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (day < self->n_days, 0);

  return count_on_leave (self, day);
}

int
fl_roster_check_get_minutes (FlRosterCheck *self,
                             guint          agent)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (agent < self->n_agents, 0);

  return self->minutes[agent];
}

GArray *
fl_roster_check_list (FlRosterCheck *self)
{
  GArray *all;

  g_return_val_if_fail (self != NULL, NULL);

  all = g_array_new (FALSE, FALSE, sizeof (FlRosterViolation));
  for (guint agent = 0; agent < self->n_agents; agent++)
    g_array_append_vals (all, self->agent_violations[agent]->data, self->agent_violations[agent]->len);
  for (guint day = 0; day < self->n_days; day++)
    g_array_append_vals (all, self->day_violations[day]->data, self->day_violations[day]->len);
  return all;
}

guint
fl_roster_check_count (FlRosterCheck  *self,
                       FlRuleSeverity  severity)
{
  g_autoptr(GArray) all = NULL;
  guint count = 0;

  g_return_val_if_fail (self != NULL, 0);

  all = fl_roster_check_list (self);
  for (guint i = 0; i < all->len; i++)
    count += g_array_index (all, FlRosterViolation, i).severity == severity;
  return count;
}

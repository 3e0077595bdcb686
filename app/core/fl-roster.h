/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "fl-holiday.h"
#include "fl-roster-check.h"
#include "fl-shift-type.h"

G_BEGIN_DECLS

typedef enum
{
  FL_ROSTER_DRAFT,
  FL_ROSTER_SUBMITTED,   /* by the team lead */
  FL_ROSTER_PUBLISHED,   /* by the department head: it changes only by swaps and leave */
} FlRosterState;

/* One cell to set: a shift type's index in the roster, or FL_ROSTER_EMPTY. */
typedef struct
{
  guint agent;
  guint day;
  int   shift;
} FlRosterEdit;

/* One day's seat to set: a seat's index in the roster, or FL_ROSTER_EMPTY
 * for the seat the days before give. */
typedef struct
{
  guint agent;
  guint day;
  int   seat;
} FlRosterSeatEdit;

/* FlRosterSeatEdit: @seat on every day from @first_day to @last_day of each of @agents. */
GArray        *fl_roster_seat_edits_new      (const guint    *agents,
                                              guint           n_agents,
                                              guint           first_day,
                                              guint           last_day,
                                              int             seat);

/* Days of the month before a roster reads, for rest and days in a row (as
 * many as Preferences allow in a row). */
#define FL_ROSTER_DAYS_BEFORE 14

/* An agent's month in figures, as the grid's right-hand columns show it. */
typedef struct
{
  int   minutes;    /* paid, of shifts that start in the month */
  guint shifts;     /* worked */
  guint nights;
  guint weekends;   /* shifts on a Saturday or Sunday */
} FlRosterTotals;

#define FL_TYPE_ROSTER (fl_roster_get_type ())
G_DECLARE_FINAL_TYPE (FlRoster, fl_roster, FL, ROSTER, GObject)

/* One team's month as FlRosterService read it: the team's agents (rows),
 * the days, the shift types and a cell for each agent and day, and the
 * rules checked on them. Only the service changes it. */
gint64         fl_roster_get_id              (FlRoster  *self);   /* 0 until first saved */
gint64         fl_roster_get_team_id         (FlRoster  *self);
const char    *fl_roster_get_month           (FlRoster  *self);
FlRosterState  fl_roster_get_state           (FlRoster  *self);
guint          fl_roster_get_n_days          (FlRoster  *self);
guint          fl_roster_get_n_agents        (FlRoster  *self);
gint64         fl_roster_get_agent_id        (FlRoster  *self,
                                              guint      agent);
const char    *fl_roster_get_agent_name      (FlRoster  *self,
                                              guint      agent);
guint          fl_roster_get_n_shift_types   (FlRoster  *self);
FlShiftType   *fl_roster_get_shift_type      (FlRoster  *self,
                                              guint      index);
/* The index of the shift type with @code (any case), or FL_ROSTER_EMPTY. */
int            fl_roster_find_shift_code     (FlRoster  *self,
                                              const char *code);
/* A shift type's index, or FL_ROSTER_EMPTY; @day may be before the month
 * (down to -FL_ROSTER_DAYS_BEFORE). */
int            fl_roster_get_cell            (FlRoster  *self,
                                              guint      agent,
                                              int        day);
/* The row of staff member @staff_id and the day of @date ("YYYY-MM-DD")
 * within the month; FALSE when either is not on this roster. */
gboolean       fl_roster_locate              (FlRoster   *self,
                                              gint64      staff_id,
                                              const char *date,
                                              guint      *agent,
                                              guint      *day);
/* "2026-12-01" for day 0; days before the month are the month before's. */
char          *fl_roster_dup_date            (FlRoster  *self,
                                              int        day);
FlRosterCheck *fl_roster_get_check           (FlRoster  *self);

/* A rotation (轮班) written as shift codes, "E,E,L,L,N,N,O,O": the shift
 * types' indexes, or NULL with an error naming a code there is no shift
 * type for. */
GArray        *fl_roster_parse_pattern       (FlRoster   *self,
                                              const char *codes,
                                              GError    **error);
/* The cells that repeat @pattern for @agents from @first_day to @last_day:
 * agent i is at position @offsets[i] of the pattern on @first_day. */
GArray        *fl_roster_fill_pattern        (GArray      *pattern,
                                              const guint *agents,
                                              const guint *offsets,
                                              guint        n_agents,
                                              guint        first_day,
                                              guint        last_day);

void           fl_roster_get_totals          (FlRoster       *self,
                                              guint           agent,
                                              FlRosterTotals *totals);
/* The seats (坐席) an agent can take, in their order. */
guint          fl_roster_get_n_seats         (FlRoster       *self);
const char    *fl_roster_get_seat_name       (FlRoster       *self,
                                              guint           seat);
const char    *fl_roster_get_seat_code       (FlRoster       *self,
                                              guint           seat);
/* The seat @agent is at on @day: the last one set up to it (across the
 * days before the month), or FL_ROSTER_EMPTY. */
int            fl_roster_get_seat            (FlRoster       *self,
                                              guint           agent,
                                              int             day);
/* The public-holiday calendar's entry for @day of the month, or NULL. */
FlHoliday     *fl_roster_get_holiday         (FlRoster       *self,
                                              guint           day);
/* Whether @day of the month is a Saturday or a Sunday. */
gboolean       fl_roster_is_weekend          (FlRoster       *self,
                                              guint           day);
/* A cell as a lead reads it: "E 08:00–16:00", or "no shift". */
char          *fl_roster_describe_cell       (FlRoster   *self,
                                              guint       agent,
                                              int         day);
/* A violation in words a lead acts on: who, which day, what the rule allows. */
char          *fl_roster_describe_violation  (FlRoster                *self,
                                              const FlRosterViolation *violation);

const char    *fl_roster_state_to_string     (FlRosterState state);
/* "Draft", "Submitted", "Published", translated. */
const char    *fl_roster_state_describe      (FlRosterState state);
FlRosterState  fl_roster_state_from_string   (const char   *text);

G_END_DECLS

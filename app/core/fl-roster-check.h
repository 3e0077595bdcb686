/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "fl-shift-spec.h"

G_BEGIN_DECLS

/* The center's roster rules (domain.md), checked as a lead edits a team's
 * month. Pure: no I/O, cells in, violations out. */

typedef enum
{
  FL_ROSTER_RULE_REST,              /* less than the minimum rest between two shifts */
  FL_ROSTER_RULE_OVERLAP,           /* a shift starts before the one before it ends */
  FL_ROSTER_RULE_CONSECUTIVE_DAYS,  /* more working days in a row than allowed */
  FL_ROSTER_RULE_ABSENT_PER_DAY,    /* more of the team on leave in a day than allowed */
  FL_ROSTER_RULE_SHIFT_ON_LEAVE,    /* a shift on a day of approved leave */
  FL_ROSTER_RULE_MONTHLY_HOURS,     /* the month's hours outside the contract */
  FL_ROSTER_RULE_SEAT_DAYS,         /* a seat (坐席) kept fewer days than the shortest assignment */
  FL_ROSTER_N_RULES
} FlRosterRule;

/* Hard rules block submitting and publishing; soft ones warn. */
typedef enum
{
  FL_RULE_OFF,
  FL_RULE_SOFT,
  FL_RULE_HARD,
} FlRuleSeverity;

typedef struct
{
  int            min_rest_minutes;       /* 11 h */
  guint          max_consecutive_days;   /* 6 */
  guint          max_absent_per_day;     /* 1 */
  guint          min_seat_days;          /* 7: 最短连续服务周期 */
  FlRuleSeverity severity[FL_ROSTER_N_RULES];
} FlRosterRules;

/* Not an agent: a violation of the whole team on a day. */
#define FL_ROSTER_TEAM G_MAXUINT

typedef struct
{
  FlRosterRule   rule;
  FlRuleSeverity severity;
  guint          agent;    /* a row, or FL_ROSTER_TEAM */
  guint          day;      /* 0 = the month's first; for the hours, the last */
  int            value;    /* rest or hours in minutes, days in a row, people on leave, days at a seat */
  int            limit;    /* what the rule allows */
} FlRosterViolation;

/* No shift set; no seat assigned. */
#define FL_ROSTER_EMPTY (-1)

/* The defaults of domain.md: 11 hours' rest, 6 days in a row, one person
 * on leave a day, a seat kept a week; hours, absences and seats warn (the
 * handbook lets the manager allow a shorter seat), the rest is hard. */
void fl_roster_rules_init_defaults (FlRosterRules *rules);

typedef struct _FlRosterCheck FlRosterCheck;

/* A month of @n_days for @n_agents, with the @n_before last days of the
 * month before (for rest and days in a row across the month's start).
 * Cells index @shifts, which must outlive the check. */
FlRosterCheck *fl_roster_check_new              (const FlRosterRules *rules,
                                                 const FlShiftSpec   *shifts,
                                                 guint                n_shifts,
                                                 guint                n_agents,
                                                 guint                n_days,
                                                 guint                n_before);
void           fl_roster_check_free             (FlRosterCheck       *self);

/* Setting a cell re-checks only what it can change: its agent's row and
 * its day. @day runs from -n_before to n_days - 1. */
void           fl_roster_check_set_cell         (FlRosterCheck       *self,
                                                 guint                agent,
                                                 int                  day,
                                                 int                  shift);
/* For reading a whole month: sets a cell without checking; call
 * fl_roster_check_check_all() once all are in. */
void           fl_roster_check_load_cell        (FlRosterCheck       *self,
                                                 guint                agent,
                                                 int                  day,
                                                 int                  shift);
void           fl_roster_check_check_all        (FlRosterCheck       *self);
int            fl_roster_check_get_cell         (FlRosterCheck       *self,
                                                 guint                agent,
                                                 int                  day);
void           fl_roster_check_set_approved_leave (FlRosterCheck     *self,
                                                 guint                agent,
                                                 guint                day,
                                                 gboolean             approved);
/* The month's paid minutes the agent's contract asks for; 0: no bound. */
void           fl_roster_check_set_contract     (FlRosterCheck       *self,
                                                 guint                agent,
                                                 int                  min_minutes,
                                                 int                  max_minutes);
/* The agent's paid minutes in the month (shifts that start in it). */
int            fl_roster_check_get_minutes      (FlRosterCheck       *self,
                                                 guint                agent);

/* The seat (坐席: which line the agent answers) from @day on: an index of
 * the caller's seats, or FL_ROSTER_EMPTY for none. An agent keeps a seat
 * over days off and days without one until another is set; a seat kept
 * fewer than min_seat_days before the next is a violation on the last
 * day kept, and the month's last seat is not judged (it runs on into the
 * next month). Setting re-checks the agent's row. */
void           fl_roster_check_set_seat         (FlRosterCheck       *self,
                                                 guint                agent,
                                                 int                  day,
                                                 int                  seat);
/* For reading a whole month, as fl_roster_check_load_cell(). */
void           fl_roster_check_load_seat        (FlRosterCheck       *self,
                                                 guint                agent,
                                                 int                  day,
                                                 int                  seat);
int            fl_roster_check_get_seat         (FlRosterCheck       *self,
                                                 guint                agent,
                                                 int                  day);

/* The team's people on leave on @day of the month. */
guint          fl_roster_check_count_on_leave   (FlRosterCheck       *self,
                                                 guint                day);

/* Every violation, by agent then day, the team's after the agents'. */
GArray        *fl_roster_check_list             (FlRosterCheck       *self);
guint          fl_roster_check_count            (FlRosterCheck       *self,
                                                 FlRuleSeverity       severity);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FlRosterCheck, fl_roster_check_free)

G_END_DECLS

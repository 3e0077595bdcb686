/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-roster-check"

#include "fl-coverage.h"
#include "fl-roster-check.h"
#include "fl-test-util.h"

#define H(hours, minutes) ((hours) * 60 + (minutes))

/* domain.md's shifts and a few more to reach the rules' edges. */
enum {
  SUMMER_DAY,     /* 09:00–18:00, lunch 12:00–13:30 */
  WINTER_DAY,     /* 09:00–17:30, lunch 12:00–13:00 */
  EARLY,          /* 08:00–16:00, the heating season's three shifts */
  LATE,           /* 16:00–24:00 */
  NIGHT,          /* 00:00–08:00 */
  OFF,
  LEAVE,
  TILL_TEN,       /* 13:00–22:00 */
  TILL_TEN_ONE,   /* 13:01–22:01 */
  LONG_NIGHT,     /* 22:00–06:00 */
  FIVE_AM,        /* 05:00–13:00 */
  NIGHT_AFTER,    /* 24:00–08:00: the night after its day */
  N_SHIFTS
};

static const FlShiftSpec shifts[N_SHIFTS] = {
  [SUMMER_DAY] = { FL_SHIFT_KIND_WORK, H (9, 0), H (18, 0), H (12, 0), H (13, 30) },
  [WINTER_DAY] = { FL_SHIFT_KIND_WORK, H (9, 0), H (17, 30), H (12, 0), H (13, 0) },
  [EARLY] = { FL_SHIFT_KIND_WORK, H (8, 0), H (16, 0), -1, -1 },
  [LATE] = { FL_SHIFT_KIND_WORK, H (16, 0), 0, -1, -1 },
  [NIGHT] = { FL_SHIFT_KIND_WORK, 0, H (8, 0), -1, -1 },
  [OFF] = { FL_SHIFT_KIND_OFF, 0, 0, -1, -1 },
  [LEAVE] = { FL_SHIFT_KIND_LEAVE, 0, 0, -1, -1 },
  [TILL_TEN] = { FL_SHIFT_KIND_WORK, H (13, 0), H (22, 0), -1, -1 },
  [TILL_TEN_ONE] = { FL_SHIFT_KIND_WORK, H (13, 1), H (22, 1), -1, -1 },
  [LONG_NIGHT] = { FL_SHIFT_KIND_WORK, H (22, 0), H (6, 0), -1, -1 },
  [FIVE_AM] = { FL_SHIFT_KIND_WORK, H (5, 0), H (13, 0), -1, -1 },
  [NIGHT_AFTER] = { FL_SHIFT_KIND_WORK, H (24, 0), H (8, 0), -1, -1 },
};

static FlRosterCheck *
new_check (guint n_agents)
{
  FlRosterRules rules;

  fl_roster_rules_init_defaults (&rules);
  return fl_roster_check_new (&rules, shifts, N_SHIFTS, n_agents, 30, 7);
}

/* The violations as "rule:agent:day:value" words, agent T for the team. */
static char *
describe (FlRosterCheck *check)
{
  g_autoptr(GArray) violations = fl_roster_check_list (check);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < violations->len; i++)
    {
      const FlRosterViolation *violation = &g_array_index (violations, FlRosterViolation, i);
      static const char *names[] = { "rest", "overlap", "days", "absent", "on-leave", "hours", "seat" };

      if (text->len > 0)
        g_string_append_c (text, ' ');
      if (violation->agent == FL_ROSTER_TEAM)
        g_string_append_printf (text, "%s:T:%u:%d", names[violation->rule], violation->day, violation->value);
      else
        g_string_append_printf (text, "%s:%u:%u:%d", names[violation->rule], violation->agent, violation->day,
                                violation->value);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

#define assert_violations(check, expected) \
  G_STMT_START { \
    g_autofree char *described = describe (check); \
    g_assert_cmpstr (described, ==, expected); \
  } G_STMT_END

/* A seat (坐席) is kept at least a week (最短连续服务周期): domain.md's
 * seven days, counted from the day it is set to the day before the next;
 * days without one keep the seat before; the month's last seat runs on. */
static void
test_seat_days (void)
{
  g_autoptr(FlRosterCheck) check = new_check (4);
  g_autoptr(GArray) violations = NULL;
  enum { TECHNICAL, MARKET, CALL_BACKS };

  /* Exactly a week at a seat, with no seat set on the days between. */
  fl_roster_check_set_seat (check, 0, 0, TECHNICAL);
  fl_roster_check_set_seat (check, 0, 7, MARKET);
  assert_violations (check, "");
  /* Six days: flagged on the last of them, a warning by default. */
  fl_roster_check_set_seat (check, 0, 6, MARKET);
  assert_violations (check, "seat:0:5:6");
  violations = fl_roster_check_list (check);
  g_assert_cmpint (g_array_index (violations, FlRosterViolation, 0).severity, ==, FL_RULE_SOFT);
  g_assert_cmpint (g_array_index (violations, FlRosterViolation, 0).limit, ==, 7);
  /* The same seat set again does not start it over. */
  fl_roster_check_set_seat (check, 0, 6, FL_ROSTER_EMPTY);
  fl_roster_check_set_seat (check, 0, 3, TECHNICAL);
  assert_violations (check, "");

  /* A seat taken before the month counts its days there. */
  fl_roster_check_set_seat (check, 1, -3, CALL_BACKS);
  fl_roster_check_set_seat (check, 1, 3, TECHNICAL);
  assert_violations (check, "seat:1:2:6");
  fl_roster_check_set_seat (check, 1, 4, TECHNICAL);
  fl_roster_check_set_seat (check, 1, 3, FL_ROSTER_EMPTY);
  assert_violations (check, "");
  /* A short seat wholly before the month is last month's concern. */
  fl_roster_check_set_seat (check, 2, -7, MARKET);
  fl_roster_check_set_seat (check, 2, -4, CALL_BACKS);
  assert_violations (check, "");
  /* The month's last seat runs on into the next month. */
  fl_roster_check_set_seat (check, 3, 28, MARKET);
  assert_violations (check, "");
  g_assert_cmpint (fl_roster_check_get_seat (check, 3, 28), ==, MARKET);
  g_assert_cmpint (fl_roster_check_get_seat (check, 3, 29), ==, FL_ROSTER_EMPTY);
}

/* Times as a head types them in the shift type's dialog. */
static void
test_parse_time (void)
{
  struct {
    const char *text;
    gboolean    valid;
    int         minutes;
  } cases[] = {
    { "08:00", TRUE, 480 }, { "8:00", TRUE, 480 }, { " 12:30 ", TRUE, 750 }, { "00:00", TRUE, 0 },
    { "24:00", TRUE, 1440 }, { "", TRUE, -1 }, { "  ", TRUE, -1 }, { "24:30", FALSE, -1 },
    { "25:00", FALSE, -1 }, { "12:60", FALSE, -1 }, { "12:5", FALSE, -1 }, { "1200", FALSE, -1 },
    { "12:00x", FALSE, -1 }, { "-1:00", FALSE, -1 }, { "noon", FALSE, -1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      int minutes = 7;

      g_assert_cmpint (fl_shift_spec_parse_time (cases[i].text, &minutes), ==, cases[i].valid);
      g_assert_cmpint (minutes, ==, cases[i].minutes);
    }
  for (int minutes = 0; minutes <= FL_MINUTES_PER_DAY; minutes += 15)
    {
      g_autofree char *text = fl_shift_spec_format_time (minutes);
      int again = -1;

      g_assert_true (fl_shift_spec_parse_time (text, &again));
      g_assert_cmpint (again, ==, minutes);
    }
}

static void
test_shift_times (void)
{
  g_assert_cmpint (fl_shift_spec_paid_minutes (&shifts[SUMMER_DAY]), ==, H (7, 30));
  g_assert_cmpint (fl_shift_spec_paid_minutes (&shifts[WINTER_DAY]), ==, H (7, 30));
  g_assert_cmpint (fl_shift_spec_length (&shifts[LATE]), ==, H (8, 0));
  g_assert_cmpint (fl_shift_spec_length (&shifts[LONG_NIGHT]), ==, H (8, 0));
  g_assert_cmpint (fl_shift_spec_paid_minutes (&shifts[OFF]), ==, 0);
  /* At the phone: not at lunch, not after the end; a night runs into the next day. */
  g_assert_true (fl_shift_spec_staffs (&shifts[SUMMER_DAY], H (11, 59)));
  g_assert_false (fl_shift_spec_staffs (&shifts[SUMMER_DAY], H (12, 0)));
  g_assert_false (fl_shift_spec_staffs (&shifts[SUMMER_DAY], H (13, 29)));
  g_assert_true (fl_shift_spec_staffs (&shifts[SUMMER_DAY], H (13, 30)));
  g_assert_false (fl_shift_spec_staffs (&shifts[SUMMER_DAY], H (18, 0)));
  g_assert_true (fl_shift_spec_staffs (&shifts[LATE], H (23, 59)));
  g_assert_false (fl_shift_spec_staffs (&shifts[LATE], FL_MINUTES_PER_DAY));
  g_assert_true (fl_shift_spec_staffs (&shifts[LONG_NIGHT], FL_MINUTES_PER_DAY + H (5, 59)));
  g_assert_false (fl_shift_spec_staffs (&shifts[LONG_NIGHT], H (21, 59)));
  g_assert_false (fl_shift_spec_staffs (&shifts[LEAVE], H (10, 0)));
}

/* Exactly 11 hours between shifts is enough; a minute less is not. */
static void
test_rest_boundary (void)
{
  g_autoptr(FlRosterCheck) check = new_check (2);

  fl_roster_check_set_cell (check, 0, 0, TILL_TEN);
  fl_roster_check_set_cell (check, 0, 1, WINTER_DAY);
  fl_roster_check_set_cell (check, 1, 0, TILL_TEN_ONE);
  fl_roster_check_set_cell (check, 1, 1, WINTER_DAY);
  assert_violations (check, "rest:1:1:659");
  g_assert_cmpuint (fl_roster_check_count (check, FL_RULE_HARD), ==, 1);
}

/* A late shift then the next day's early one: 8 hours. A late shift then
 * the night shift right after midnight: no rest at all, yet no overlap. */
static void
test_rest_across_midnight (void)
{
  g_autoptr(FlRosterCheck) check = new_check (2);

  fl_roster_check_set_cell (check, 0, 3, LATE);
  fl_roster_check_set_cell (check, 0, 4, EARLY);
  fl_roster_check_set_cell (check, 1, 3, LATE);
  fl_roster_check_set_cell (check, 1, 4, NIGHT);
  assert_violations (check, "rest:0:4:480 rest:1:4:0");
  /* Fixed: a day off between. */
  fl_roster_check_set_cell (check, 0, 4, OFF);
  fl_roster_check_set_cell (check, 1, 4, OFF);
  assert_violations (check, "");
}

/* The night after a day: after two late shifts it leaves a day's rest;
 * an early shift right after it leaves none. */
static void
test_night_after (void)
{
  g_autoptr(FlRosterCheck) check = new_check (1);
  FlCoverage coverage = { 0, };

  g_assert_cmpint (fl_shift_spec_length (&shifts[NIGHT_AFTER]), ==, H (8, 0));
  fl_roster_check_set_cell (check, 0, 2, LATE);
  fl_roster_check_set_cell (check, 0, 3, LATE);
  fl_roster_check_set_cell (check, 0, 4, NIGHT_AFTER);
  fl_roster_check_set_cell (check, 0, 5, NIGHT_AFTER);
  assert_violations (check, "");
  fl_roster_check_set_cell (check, 0, 6, EARLY);
  assert_violations (check, "rest:0:6:0");
  /* It staffs the day after its own, not its own. */
  fl_coverage_add_agent (&coverage, &shifts[NIGHT_AFTER], &shifts[NIGHT_AFTER]);
  g_assert_cmpuint (coverage.staffed[0], ==, 1);
  g_assert_cmpuint (coverage.staffed[15], ==, 1);
  g_assert_cmpuint (coverage.staffed[16], ==, 0);
  g_assert_cmpuint (coverage.staffed[47], ==, 0);
}

/* A night shift 22:00–06:00 and a shift at 05:00 the next day overlap by an hour. */
static void
test_overlap (void)
{
  g_autoptr(FlRosterCheck) check = new_check (1);

  fl_roster_check_set_cell (check, 0, 9, LONG_NIGHT);
  fl_roster_check_set_cell (check, 0, 10, FIVE_AM);
  assert_violations (check, "overlap:0:10:60");
}

/* The month before counts: its last day's late shift leaves 8 hours'
 * rest before the first day's early shift; a night shift on the last day
 * before the month runs into the month's first day. */
static void
test_month_boundary (void)
{
  g_autoptr(FlRosterCheck) check = new_check (2);

  fl_roster_check_set_cell (check, 0, -1, LATE);
  fl_roster_check_set_cell (check, 0, 0, EARLY);
  fl_roster_check_set_cell (check, 1, -1, LONG_NIGHT);
  fl_roster_check_set_cell (check, 1, 0, FIVE_AM);
  assert_violations (check, "rest:0:0:480 overlap:1:0:60");
  /* Rest within the month before is that month's business. */
  fl_roster_check_set_cell (check, 0, -3, LATE);
  fl_roster_check_set_cell (check, 0, -2, EARLY);
  assert_violations (check, "rest:0:0:480 overlap:1:0:60");
}

/* Six days in a row are allowed; the seventh is flagged once, however
 * long the run; days of the month before count. */
static void
test_consecutive_days (void)
{
  g_autoptr(FlRosterCheck) check = new_check (2);

  for (int day = 0; day < 6; day++)
    fl_roster_check_set_cell (check, 0, day, EARLY);
  assert_violations (check, "");
  fl_roster_check_set_cell (check, 0, 6, EARLY);
  assert_violations (check, "days:0:6:7");
  for (int day = 7; day < 10; day++)
    fl_roster_check_set_cell (check, 0, day, EARLY);
  assert_violations (check, "days:0:6:7");
  fl_roster_check_set_cell (check, 0, 3, OFF);
  assert_violations (check, "");

  for (int day = -3; day < 4; day++)
    fl_roster_check_set_cell (check, 1, day, WINTER_DAY);
  assert_violations (check, "days:1:3:7");
  /* A run already too long in the month before: flagged on the month's first day. */
  fl_roster_check_set_cell (check, 1, 1, OFF);
  for (int day = -7; day < 1; day++)
    fl_roster_check_set_cell (check, 1, day, WINTER_DAY);
  assert_violations (check, "days:1:0:8");
}

/* One person of the team on leave a day; a second is a warning. */
static void
test_absent_per_day (void)
{
  g_autoptr(FlRosterCheck) check = new_check (3);

  fl_roster_check_set_cell (check, 0, 2, LEAVE);
  assert_violations (check, "");
  fl_roster_check_set_cell (check, 2, 2, LEAVE);
  assert_violations (check, "absent:T:2:2");
  g_assert_cmpuint (fl_roster_check_count (check, FL_RULE_SOFT), ==, 1);
  g_assert_cmpuint (fl_roster_check_count (check, FL_RULE_HARD), ==, 0);
  fl_roster_check_set_cell (check, 2, 2, EARLY);
  assert_violations (check, "");
}

/* A shift on a day of approved leave; leave or a day off there is fine. */
static void
test_shift_on_leave (void)
{
  g_autoptr(FlRosterCheck) check = new_check (1);

  fl_roster_check_set_approved_leave (check, 0, 4, TRUE);
  fl_roster_check_set_cell (check, 0, 4, EARLY);
  assert_violations (check, "on-leave:0:4:0");
  fl_roster_check_set_cell (check, 0, 4, LEAVE);
  assert_violations (check, "");
}

/* Contract hours: 20 eight-hour shifts make 160 hours, the minimum; 19
 * fall short; 23 pass a maximum of 176. */
static void
test_monthly_hours (void)
{
  g_autoptr(FlRosterCheck) check = new_check (2);

  fl_roster_check_set_contract (check, 0, H (160, 0), H (176, 0));
  assert_violations (check, "hours:0:29:0");
  for (int day = 0; day < 30; day++)
    fl_roster_check_set_cell (check, 0, day, day % 3 == 2 ? OFF : EARLY);
  g_assert_cmpint (fl_roster_check_get_minutes (check, 0), ==, H (160, 0));
  assert_violations (check, "");
  fl_roster_check_set_cell (check, 0, 28, OFF);
  assert_violations (check, "hours:0:29:9120");
  for (int day = 2; day < 24; day += 6)
    fl_roster_check_set_cell (check, 0, day, WINTER_DAY);
  g_assert_cmpint (fl_roster_check_get_minutes (check, 0), ==, H (152 + 30, 0));
  assert_violations (check, "hours:0:29:10920");
  /* Agent 1 has no contract: no bound. */
  fl_roster_check_set_cell (check, 1, 0, EARLY);
  assert_violations (check, "hours:0:29:10920");
}

/* A rule switched off in Preferences is not checked. */
static void
test_rule_off (void)
{
  FlRosterRules rules;
  g_autoptr(FlRosterCheck) check = NULL;

  fl_roster_rules_init_defaults (&rules);
  rules.severity[FL_ROSTER_RULE_REST] = FL_RULE_OFF;
  rules.min_rest_minutes = H (12, 0);
  check = fl_roster_check_new (&rules, shifts, N_SHIFTS, 1, 31, 0);
  fl_roster_check_set_cell (check, 0, 0, LATE);
  fl_roster_check_set_cell (check, 0, 1, EARLY);
  fl_roster_check_set_cell (check, 0, 2, LONG_NIGHT);
  fl_roster_check_set_cell (check, 0, 3, FIVE_AM);
  assert_violations (check, "overlap:0:3:60");
}

/* Random edits, checked cell by cell, give what checking the final month
 * from scratch gives. */
static void
test_incremental_matches_full (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261127);
  g_autoptr(FlRosterCheck) incremental = new_check (12);
  g_autoptr(FlRosterCheck) full = new_check (12);
  g_autofree char *expected = NULL;
  g_autofree char *actual = NULL;

  for (guint agent = 0; agent < 12; agent += 3)
    {
      fl_roster_check_set_contract (incremental, agent, H (120, 0), H (170, 0));
      fl_roster_check_set_contract (full, agent, H (120, 0), H (170, 0));
    }
  for (guint edit = 0; edit < 5000; edit++)
    fl_roster_check_set_cell (incremental, g_rand_int_range (rand, 0, 12), g_rand_int_range (rand, -7, 30),
                              g_rand_int_range (rand, FL_ROSTER_EMPTY, N_SHIFTS));
  for (guint agent = 0; agent < 12; agent++)
    for (int day = -7; day < 30; day++)
      fl_roster_check_load_cell (full, agent, day, fl_roster_check_get_cell (incremental, agent, day));
  fl_roster_check_check_all (full);
  expected = describe (full);
  actual = describe (incremental);
  g_assert_cmpstr (actual, ==, expected);
  g_assert_cmpuint (strlen (actual), >, 0);
}

/* Coverage counts who is at the phone at each half-hour's start: a summer
 * day is away for lunch from 12:00 to 13:30; the night before's long
 * night runs to 06:00; a late shift the day before adds nothing. */
static void
test_coverage_staffed (void)
{
  FlCoverage coverage = { 0, };

  fl_coverage_add_agent (&coverage, NULL, &shifts[SUMMER_DAY]);
  fl_coverage_add_agent (&coverage, &shifts[LONG_NIGHT], &shifts[LATE]);
  fl_coverage_add_agent (&coverage, &shifts[LATE], NULL);
  g_assert_cmpuint (coverage.staffed[0], ==, 1);       /* 00:00, the long night */
  g_assert_cmpuint (coverage.staffed[11], ==, 1);      /* 05:30 */
  g_assert_cmpuint (coverage.staffed[12], ==, 0);      /* 06:00 */
  g_assert_cmpuint (coverage.staffed[17], ==, 0);      /* 08:30 */
  g_assert_cmpuint (coverage.staffed[18], ==, 1);      /* 09:00, the summer day */
  g_assert_cmpuint (coverage.staffed[23], ==, 1);      /* 11:30 */
  g_assert_cmpuint (coverage.staffed[24], ==, 0);      /* 12:00, lunch */
  g_assert_cmpuint (coverage.staffed[26], ==, 0);      /* 13:00 */
  g_assert_cmpuint (coverage.staffed[27], ==, 1);      /* 13:30 */
  g_assert_cmpuint (coverage.staffed[32], ==, 2);      /* 16:00, the late shift too */
  g_assert_cmpuint (coverage.staffed[35], ==, 2);      /* 17:30 */
  g_assert_cmpuint (coverage.staffed[36], ==, 1);      /* 18:00 */
  g_assert_cmpuint (coverage.staffed[47], ==, 1);      /* 23:30 */
}

/* domain.md: 100 calls in a half-hour at 180 s need 14 at the phones and
 * 20 on the roster at 30 % shrinkage; no calls need nobody. */
static void
test_coverage_required (void)
{
  FlStaffingTarget target = { 0.80, 20, 0.30 };

  g_assert_cmpuint (fl_coverage_required (&target, 100, 180), ==, 20);
  g_assert_cmpuint (fl_coverage_required (&target, 0, 180), ==, 0);
  target.shrinkage = 0;
  g_assert_cmpuint (fl_coverage_required (&target, 100, 180), ==, 14);
  target.service_level = 1.0;
  g_assert_cmpuint (fl_coverage_required (&target, 100, 180), >, 14);
}

int
main (int   argc,
      char *argv[])
{
  fl_test_init (&argc, &argv);

  g_test_add_func ("/roster-check/parse-time", test_parse_time);
  g_test_add_func ("/roster-check/seat-days", test_seat_days);
  g_test_add_func ("/roster-check/shift-times", test_shift_times);
  g_test_add_func ("/roster-check/rest-boundary", test_rest_boundary);
  g_test_add_func ("/roster-check/rest-across-midnight", test_rest_across_midnight);
  g_test_add_func ("/roster-check/overlap", test_overlap);
  g_test_add_func ("/roster-check/night-after", test_night_after);
  g_test_add_func ("/roster-check/month-boundary", test_month_boundary);
  g_test_add_func ("/roster-check/consecutive-days", test_consecutive_days);
  g_test_add_func ("/roster-check/absent-per-day", test_absent_per_day);
  g_test_add_func ("/roster-check/shift-on-leave", test_shift_on_leave);
  g_test_add_func ("/roster-check/monthly-hours", test_monthly_hours);
  g_test_add_func ("/roster-check/rule-off", test_rule_off);
  g_test_add_func ("/roster-check/incremental-matches-full", test_incremental_matches_full);
  g_test_add_func ("/roster-check/coverage-staffed", test_coverage_staffed);
  g_test_add_func ("/roster-check/coverage-required", test_coverage_required);

  return g_test_run ();
}

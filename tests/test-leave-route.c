/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "fl-leave-route.h"
#include "fl-test-util.h"

/* domain.md's defaults: a lead approves up to 3 days; 2 personal days a month. */
static const FlLeaveRules rules = { 3, 2 };

#define LEAD FL_LEAVE_APPROVER_TEAM_LEAD
#define HEAD FL_LEAVE_APPROVER_DEPT_HEAD
#define ADMIN FL_LEAVE_APPROVER_ADMIN

static void
assert_route (FlLeaveRouteFacts facts,
              guint             n_expected,
              FlLeaveApprover   first,
              FlLeaveApprover   second)
{
  FlLeaveApprover steps[FL_LEAVE_MAX_STEPS] = { 0 };
  guint n_steps = fl_leave_route (&rules, &facts, steps);

  g_assert_cmpuint (n_steps, ==, n_expected);
  g_assert_cmpint (steps[0], ==, first);
  if (n_expected > 1)
    g_assert_cmpint (steps[1], ==, second);
}

/* domain.md's worked examples. */
static void
test_worked_examples (void)
{
  /* 3 days → the team lead; 3.5 → the department head. */
  assert_route ((FlLeaveRouteFacts) { FL_LEAVE_CATEGORY_SICK, FL_LEAVE_RANK_AGENT, 3, 0, FALSE }, 1, LEAD, 0);
  assert_route ((FlLeaveRouteFacts) { FL_LEAVE_CATEGORY_OTHER, FL_LEAVE_RANK_AGENT, 3.5, 0, FALSE }, 1, HEAD, 0);
  /* One day of annual leave → the department head. */
  assert_route ((FlLeaveRouteFacts) { FL_LEAVE_CATEGORY_ANNUAL, FL_LEAVE_RANK_AGENT, 1, 0, FALSE }, 1, HEAD, 0);
  /* Two personal days after one this month: past the 2 → the lead, then the head. */
  assert_route ((FlLeaveRouteFacts) { FL_LEAVE_CATEGORY_PERSONAL, FL_LEAVE_RANK_AGENT, 2, 1, FALSE }, 2, LEAD, HEAD);
  /* One personal day after one: within the allowance → the lead alone. */
  assert_route ((FlLeaveRouteFacts) { FL_LEAVE_CATEGORY_PERSONAL, FL_LEAVE_RANK_AGENT, 1, 1, FALSE }, 1, LEAD, 0);
  /* A lead's own leave, a single day → the department head. */
  assert_route ((FlLeaveRouteFacts) { FL_LEAVE_CATEGORY_SICK, FL_LEAVE_RANK_TEAM_LEAD, 1, 0, FALSE }, 1, HEAD, 0);
  /* A head's own → an administrator, even annual leave. */
  assert_route ((FlLeaveRouteFacts) { FL_LEAVE_CATEGORY_ANNUAL, FL_LEAVE_RANK_DEPT_HEAD, 5, 0, FALSE }, 1, ADMIN, 0);
  /* The agent's lead is on leave too: the head decides in their place. */
  assert_route ((FlLeaveRouteFacts) { FL_LEAVE_CATEGORY_SICK, FL_LEAVE_RANK_AGENT, 1, 0, TRUE }, 1, HEAD, 0);
  assert_route ((FlLeaveRouteFacts) { FL_LEAVE_CATEGORY_PERSONAL, FL_LEAVE_RANK_AGENT, 3, 0, TRUE }, 1, HEAD, 0);
  /* Personal leave past the allowance and longer than a lead approves: still both. */
  assert_route ((FlLeaveRouteFacts) { FL_LEAVE_CATEGORY_PERSONAL, FL_LEAVE_RANK_AGENT, 5, 0, FALSE }, 2, LEAD, HEAD);
  /* A lead's own personal leave past the allowance: the head, once. */
  assert_route ((FlLeaveRouteFacts) { FL_LEAVE_CATEGORY_PERSONAL, FL_LEAVE_RANK_TEAM_LEAD, 3, 2, FALSE }, 1, HEAD, 0);
}

/* Every category, rank, length from half a day to 10 days, personal days
 * before, and lead away: a route of one or two steps; never the lead for
 * a lead's or a head's own leave nor for a lead away; a head's own always
 * an administrator alone; nobody twice; the lead only up to 3 days unless
 * the head follows. */
static void
test_every_request (void)
{
  for (FlLeaveCategory category = FL_LEAVE_CATEGORY_ANNUAL; category <= FL_LEAVE_CATEGORY_OTHER; category++)
    for (FlLeaveRank rank = FL_LEAVE_RANK_AGENT; rank <= FL_LEAVE_RANK_DEPT_HEAD; rank++)
      for (double days = 0.5; days <= 10; days += 0.5)
        for (double before = 0; before <= 3; before += 0.5)
          for (int away = 0; away < 2; away++)
            {
              FlLeaveRouteFacts facts = { category, rank, days, before, away };
              FlLeaveApprover steps[FL_LEAVE_MAX_STEPS] = { 0 };
              guint n_steps = fl_leave_route (&rules, &facts, steps);
              gboolean past = category == FL_LEAVE_CATEGORY_PERSONAL && before + days > 2;

              g_assert_cmpuint (n_steps, >=, 1);
              g_assert_cmpuint (n_steps, <=, FL_LEAVE_MAX_STEPS);
              if (n_steps == 2)
                {
                  g_assert_cmpint (steps[0], !=, steps[1]);
                  g_assert_true (past && rank == FL_LEAVE_RANK_AGENT && !away);
                  g_assert_cmpint (steps[1], ==, HEAD);
                }
              if (rank == FL_LEAVE_RANK_DEPT_HEAD)
                g_assert_true (n_steps == 1 && steps[0] == ADMIN);
              else
                g_assert_cmpint (steps[n_steps - 1], !=, ADMIN);
              if (rank != FL_LEAVE_RANK_AGENT || away)
                g_assert_cmpint (steps[0], !=, LEAD);
              if (steps[0] == LEAD && n_steps == 1)
                g_assert_true (days <= 3 && category != FL_LEAVE_CATEGORY_ANNUAL && !past);
              if (rank == FL_LEAVE_RANK_AGENT && !away && days <= 3 && category != FL_LEAVE_CATEGORY_ANNUAL)
                g_assert_cmpint (steps[0], ==, LEAD);
            }
}

/* The thresholds follow Preferences. */
static void
test_rules_from_preferences (void)
{
  FlLeaveRules strict = { 1, 0 };
  FlLeaveRouteFacts two_days = { FL_LEAVE_CATEGORY_SICK, FL_LEAVE_RANK_AGENT, 2, 0, FALSE };
  FlLeaveRouteFacts half_personal = { FL_LEAVE_CATEGORY_PERSONAL, FL_LEAVE_RANK_AGENT, 0.5, 0, FALSE };
  FlLeaveApprover steps[FL_LEAVE_MAX_STEPS] = { 0 };

  g_assert_cmpuint (fl_leave_route (&strict, &two_days, steps), ==, 1);
  g_assert_cmpint (steps[0], ==, HEAD);
  g_assert_cmpuint (fl_leave_route (&strict, &half_personal, steps), ==, 2);
  g_assert_true (fl_leave_is_past_allowance (&strict, &half_personal));
  g_assert_false (fl_leave_is_past_allowance (&rules, &half_personal));
}

static void
test_names (void)
{
  g_assert_cmpstr (fl_leave_approver_to_string (HEAD), ==, "department_head");
  g_assert_cmpint (fl_leave_approver_from_string ("team_lead"), ==, LEAD);
  g_assert_cmpint (fl_leave_approver_from_string ("boss"), ==, -1);
  g_assert_cmpstr (fl_leave_half_to_string (FL_LEAVE_HALF_AFTERNOON), ==, "afternoon");
  g_assert_cmpint (fl_leave_half_from_string ("morning"), ==, FL_LEAVE_HALF_MORNING);
  g_assert_cmpint (fl_leave_half_from_string (NULL), ==, -1);
}

/* Monday 4 to Sunday 10 January 2027, worked Monday to Friday. */
static const gboolean week[] = { TRUE, TRUE, TRUE, TRUE, TRUE, FALSE, FALSE };

static void
test_working_days (void)
{
  const gboolean weekend[] = { FALSE, FALSE };
  /* Friday afternoon to Monday noon across a weekend. */
  const gboolean friday_to_monday[] = { TRUE, FALSE, FALSE, TRUE };

  g_assert_cmpfloat (fl_leave_count_working_days (week, 7, FL_LEAVE_HALF_FULL, FL_LEAVE_HALF_FULL), ==, 5);
  g_assert_cmpfloat (fl_leave_count_working_days (week, 3, FL_LEAVE_HALF_FULL, FL_LEAVE_HALF_FULL), ==, 3);
  g_assert_cmpfloat (fl_leave_count_working_days (week, 4, FL_LEAVE_HALF_FULL, FL_LEAVE_HALF_MORNING), ==, 3.5);
  g_assert_cmpfloat (fl_leave_count_working_days (week, 1, FL_LEAVE_HALF_AFTERNOON, FL_LEAVE_HALF_FULL), ==, 0.5);
  g_assert_cmpfloat (fl_leave_count_working_days (week, 1, FL_LEAVE_HALF_FULL, FL_LEAVE_HALF_MORNING), ==, 0.5);
  g_assert_cmpfloat (fl_leave_count_working_days (friday_to_monday, 4, FL_LEAVE_HALF_AFTERNOON,
                                                  FL_LEAVE_HALF_MORNING), ==, 1);
  /* A weekend alone takes nothing, halves or not; a half on a day off takes nothing either. */
  g_assert_cmpfloat (fl_leave_count_working_days (weekend, 2, FL_LEAVE_HALF_AFTERNOON, FL_LEAVE_HALF_MORNING), ==, 0);
  g_assert_cmpfloat (fl_leave_count_working_days (week + 4, 3, FL_LEAVE_HALF_FULL, FL_LEAVE_HALF_MORNING), ==, 1);
  /* Halves that make no sense. */
  g_assert_cmpfloat (fl_leave_count_working_days (week, 1, FL_LEAVE_HALF_AFTERNOON, FL_LEAVE_HALF_MORNING), ==, -1);
  g_assert_cmpfloat (fl_leave_count_working_days (week, 3, FL_LEAVE_HALF_MORNING, FL_LEAVE_HALF_FULL), ==, -1);
  g_assert_cmpfloat (fl_leave_count_working_days (week, 3, FL_LEAVE_HALF_FULL, FL_LEAVE_HALF_AFTERNOON), ==, -1);
  g_assert_cmpfloat (fl_leave_count_working_days (week, 0, FL_LEAVE_HALF_FULL, FL_LEAVE_HALF_FULL), ==, -1);
}

int
main (int   argc,
      char *argv[])
{
  fl_test_init (&argc, &argv);

  g_test_add_func ("/leave-route/worked-examples", test_worked_examples);
  g_test_add_func ("/leave-route/every-request", test_every_request);
  g_test_add_func ("/leave-route/rules-from-preferences", test_rules_from_preferences);
  g_test_add_func ("/leave-route/names", test_names);
  g_test_add_func ("/leave-route/working-days", test_working_days);

  return g_test_run ();
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-policies"

#include "fl-policy-service.h"
#include "fl-test-util.h"

/* The center's numbers from domain.md are the shipped defaults. */
static void
test_defaults_from_handbook (FlTestDatabase *fixture,
                             gconstpointer   data)
{
  g_autoptr(FlPolicyService) policies = fl_policy_service_new (fixture->database);
  const struct { const char *key; double value; } handbook[] = {
    { "qa.samples-per-agent", 20 }, { "qa.monitored-per-agent", 2 }, { "qa.points", 40 },
    { "qa.deduction-per-failure", 8 }, { "qa.failures-for-zero", 5 }, { "qa.coefficient-min", 0.8 },
    { "qa.coefficient-max", 1.2 }, { "qa.complaint-points", 20 }, { "qa.minimum-call-seconds", 30 },
    { "qa.dispute-window-days", 7 }, { "qa.calibration-tolerance", 10 }, { "roster.min-rest-hours", 11 },
    { "roster.max-consecutive-days", 6 }, { "roster.handover-minutes", 10 }, { "roster.submit-by-day", 25 },
    { "roster.max-swaps-per-month", 2 }, { "roster.max-absent-per-shift", 1 }, { "roster.seat-min-days", 7 },
    { "leave.lead-max-days", 3 }, { "leave.annual-notice-days", 30 }, { "leave.personal-days-per-month", 2 },
    { "leave.notice-days", 1 }, { "staffing.service-level-percent", 80 }, { "staffing.answer-seconds", 20 },
    { "staffing.shrinkage-percent", 30 }, { "account.lockout-attempts", 5 }, { "account.lockout-minutes", 5 },
    /* Rules that block submitting (2) or warn (1). */
    { "roster.rule.rest", 2 }, { "roster.rule.overlap", 2 }, { "roster.rule.consecutive-days", 2 },
    { "roster.rule.absent-per-shift", 1 }, { "roster.rule.shift-on-leave", 2 }, { "roster.rule.monthly-hours", 1 },
    { "roster.rule.seat", 1 },
  };
  guint n_policies = 0;

  fl_policy_list_all (&n_policies);
  g_assert_cmpuint (n_policies, ==, G_N_ELEMENTS (handbook));
  for (guint i = 0; i < G_N_ELEMENTS (handbook); i++)
    g_assert_cmpfloat_with_epsilon (fl_policy_service_get (policies, handbook[i].key), handbook[i].value, 1e-9);
}

static void
test_change_and_range (FlTestDatabase *fixture,
                       gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlSession) head = fl_test_session (FL_ROLE_DEPT_HEAD);
  g_autoptr(FlPolicyService) policies = fl_policy_service_new (fixture->database);
  g_autoptr(FlPolicyService) reopened = NULL;

  g_assert_true (fl_policy_service_set (policies, head, "qa.samples-per-agent", 30, &error));
  g_assert_no_error (error);
  g_assert_true (fl_policy_service_set (policies, head, "qa.samples-per-agent", 25, &error));
  reopened = fl_policy_service_new (fixture->database);
  g_assert_cmpfloat (fl_policy_service_get (reopened, "qa.samples-per-agent"), ==, 25);

  g_assert_false (fl_policy_service_set (policies, head, "qa.coefficient-min", 5, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_cmpfloat (fl_policy_service_get (policies, "qa.coefficient-min"), ==, 0.8);
}

int
main (int   argc,
      char *argv[])
{
  fl_test_init (&argc, &argv);

  g_test_add ("/policies/defaults-from-handbook", FlTestDatabase, NULL,
              fl_test_database_setup, test_defaults_from_handbook, fl_test_database_teardown);
  g_test_add ("/policies/change-and-range", FlTestDatabase, NULL,
              fl_test_database_setup, test_change_and_range, fl_test_database_teardown);

  return g_test_run ();
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-qa-rules"

#include <math.h>

#include "fl-qa-rules.h"
#include "fl-test-util.h"

/* The center's monthly QA rules with domain.md's worked numbers. */

static FlQaRules
defaults (void)
{
  FlQaRules rules;

  fl_qa_rules_init_defaults (&rules);
  return rules;
}

/* 话务质检 of 40: all pass → 40; 8 off per failing call; 5 or more → 0. */
static void
test_qa_points (void)
{
  FlQaRules rules = defaults ();

  g_assert_cmpfloat (fl_qa_points (&rules, 0), ==, 40);
  g_assert_cmpfloat (fl_qa_points (&rules, 1), ==, 32);
  g_assert_cmpfloat (fl_qa_points (&rules, 2), ==, 24);
  g_assert_cmpfloat (fl_qa_points (&rules, 4), ==, 8);
  g_assert_cmpfloat (fl_qa_points (&rules, 5), ==, 0);    /* exactly five */
  g_assert_cmpfloat (fl_qa_points (&rules, 6), ==, 0);
  g_assert_cmpfloat (fl_qa_points (&rules, 30), ==, 0);
}

/* A bigger deduction reaches 0 before the threshold, and never goes below. */
static void
test_qa_points_policy (void)
{
  FlQaRules rules = defaults ();

  rules.deduction = 15;
  g_assert_cmpfloat (fl_qa_points (&rules, 2), ==, 10);
  g_assert_cmpfloat (fl_qa_points (&rules, 3), ==, 0);
  g_assert_cmpfloat (fl_qa_points (&rules, 4), ==, 0);

  rules = defaults ();
  rules.failures_for_zero = 3;
  g_assert_cmpfloat (fl_qa_points (&rules, 2), ==, 24);
  g_assert_cmpfloat (fl_qa_points (&rules, 3), ==, 0);
}

/* 测听系数 between the month's lowest (60) and highest (100) monitored score:
 * 0.8 at 60, 1.2 at 100, in steps of 0.1. */
static void
test_coefficient (void)
{
  FlQaRules rules = defaults ();

  g_assert_cmpfloat_with_epsilon (fl_qa_coefficient (&rules, 60, 60, 100), 0.8, 1e-9);
  g_assert_cmpfloat_with_epsilon (fl_qa_coefficient (&rules, 70, 60, 100), 0.9, 1e-9);
  g_assert_cmpfloat_with_epsilon (fl_qa_coefficient (&rules, 80, 60, 100), 1.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (fl_qa_coefficient (&rules, 90, 60, 100), 1.1, 1e-9);
  g_assert_cmpfloat_with_epsilon (fl_qa_coefficient (&rules, 100, 60, 100), 1.2, 1e-9);
  /* Between steps: to the nearest, a half step up. */
  g_assert_cmpfloat_with_epsilon (fl_qa_coefficient (&rules, 64, 60, 100), 0.8, 1e-9);
  g_assert_cmpfloat_with_epsilon (fl_qa_coefficient (&rules, 65, 60, 100), 0.9, 1e-9);
  g_assert_cmpfloat_with_epsilon (fl_qa_coefficient (&rules, 75, 60, 100), 1.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (fl_qa_coefficient (&rules, 96, 60, 100), 1.2, 1e-9);
  /* Outside the range (a score from another month): clamped. */
  g_assert_cmpfloat_with_epsilon (fl_qa_coefficient (&rules, 40, 60, 100), 0.8, 1e-9);
}

/* Every agent with the same monitored score, or one agent only: 1.0. */
static void
test_coefficient_same_scores (void)
{
  FlQaRules rules = defaults ();

  g_assert_cmpfloat_with_epsilon (fl_qa_coefficient (&rules, 85, 85, 85), 1.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (fl_qa_coefficient (&rules, 0, 0, 0), 1.0, 1e-9);

  rules.coefficient_min = 0.5;
  rules.coefficient_max = 1.5;
  g_assert_cmpfloat_with_epsilon (fl_qa_coefficient (&rules, 85, 85, 85), 1.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (fl_qa_coefficient (&rules, 70, 60, 100), 0.8, 1e-9);
}

/* 投诉 of 20: none → 20; one → 10; two or more → 0. */
static void
test_complaint_points (void)
{
  FlQaRules rules = defaults ();

  g_assert_cmpfloat (fl_qa_complaint_points (&rules, 0), ==, 20);
  g_assert_cmpfloat (fl_qa_complaint_points (&rules, 1), ==, 10);
  g_assert_cmpfloat (fl_qa_complaint_points (&rules, 2), ==, 0);
  g_assert_cmpfloat (fl_qa_complaint_points (&rules, 7), ==, 0);
}

/* Highest first; ties share a rank and the next skips; unranked is 0. */
static void
test_rank (void)
{
  const double totals[] = { 50, 60, NAN, 60, 42, 50, 60 };
  guint ranks[G_N_ELEMENTS (totals)];
  const guint expected[] = { 4, 1, 0, 1, 6, 4, 1 };

  fl_qa_rank (totals, G_N_ELEMENTS (totals), ranks);
  for (guint i = 0; i < G_N_ELEMENTS (totals); i++)
    g_assert_cmpuint (ranks[i], ==, expected[i]);
}

/* One agent only is first; every agent equal are all first. */
static void
test_rank_edges (void)
{
  const double one[] = { 12 };
  const double equal[] = { 60, 60, 60, 60 };
  guint ranks[4];

  fl_qa_rank (one, 1, ranks);
  g_assert_cmpuint (ranks[0], ==, 1);
  fl_qa_rank (equal, 4, ranks);
  for (guint i = 0; i < 4; i++)
    g_assert_cmpuint (ranks[i], ==, 1);
  fl_qa_rank (NULL, 0, NULL);
}

int
main (int   argc,
      char *argv[])
{
  fl_test_init (&argc, &argv);

  g_test_add_func ("/qa-rules/points", test_qa_points);
  g_test_add_func ("/qa-rules/points/policy", test_qa_points_policy);
  g_test_add_func ("/qa-rules/coefficient", test_coefficient);
  g_test_add_func ("/qa-rules/coefficient/same-scores", test_coefficient_same_scores);
  g_test_add_func ("/qa-rules/complaint-points", test_complaint_points);
  g_test_add_func ("/qa-rules/rank", test_rank);
  g_test_add_func ("/qa-rules/rank/edges", test_rank_edges);

  return g_test_run ();
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-erlang"

#include <math.h>

#include "fl-erlang.h"
#include "fl-test-util.h"

/* domain.md's worked example: 100 calls in 30 minutes at 180 s are 10
 * Erlangs; 14 agents answer 88.8 % within 20 s, 13 only 79.6 %, so 14 are
 * needed, and 20 on the roster at 30 % shrinkage. */
static void
test_worked_example (void)
{
  double traffic = fl_erlang_traffic (100, 180, 1800);

  g_assert_cmpfloat_with_epsilon (traffic, 10.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (fl_erlang_service_level (14, traffic, 180, 20), 0.888, 0.0005);
  g_assert_cmpfloat_with_epsilon (fl_erlang_service_level (13, traffic, 180, 20), 0.796, 0.0005);
  g_assert_cmpuint (fl_erlang_agents_required (traffic, 180, 0.80, 20), ==, 14);
  g_assert_cmpuint (fl_erlang_scheduled (14, 0.30), ==, 20);
  /* The probability of waiting, from the textbook tables: 10 Erlangs on 14 agents. */
  g_assert_cmpfloat_with_epsilon (fl_erlang_c (14, traffic), 0.1741, 0.0005);
}

/* No calls: nobody is needed and every call (there is none) is on time. */
static void
test_zero_volume (void)
{
  g_assert_cmpfloat (fl_erlang_traffic (0, 180, 1800), ==, 0.0);
  g_assert_cmpfloat (fl_erlang_traffic (100, 0, 1800), ==, 0.0);
  g_assert_cmpuint (fl_erlang_agents_required (0.0, 180, 0.80, 20), ==, 0);
  g_assert_cmpfloat (fl_erlang_service_level (0, 0.0, 180, 20), ==, 1.0);
  g_assert_cmpfloat (fl_erlang_c (3, 0.0), ==, 0.0);
  g_assert_cmpuint (fl_erlang_scheduled (0, 0.30), ==, 0);
}

/* As many agents as Erlangs, or fewer: the queue grows without end. */
static void
test_load_at_or_above_agents (void)
{
  g_assert_cmpfloat (fl_erlang_c (10, 10.0), ==, 1.0);
  g_assert_cmpfloat (fl_erlang_c (9, 10.0), ==, 1.0);
  g_assert_cmpfloat (fl_erlang_service_level (10, 10.0, 180, 20), ==, 0.0);
  g_assert_cmpfloat (fl_erlang_service_level (0, 10.0, 180, 20), ==, 0.0);
  /* Just above the load is the first count that can serve at all. */
  g_assert_cmpfloat (fl_erlang_c (11, 10.0), <, 1.0);
  g_assert_cmpuint (fl_erlang_agents_required (0.5, 180, 0.0, 20), ==, 1);
}

/* A volume whose factorials would overflow a double (170! is the last):
 * 2,000 Erlangs still give a finite, sensible answer. */
static void
test_very_high_volume (void)
{
  double traffic = fl_erlang_traffic (20000, 180, 1800);
  guint agents = fl_erlang_agents_required (traffic, 180, 0.80, 20);
  double level = fl_erlang_service_level (agents, traffic, 180, 20);

  g_assert_cmpfloat (traffic, ==, 2000.0);
  g_assert_cmpuint (agents, >, 2000);
  g_assert_cmpuint (agents, <, 2100);
  g_assert_true (isfinite (level));
  g_assert_cmpfloat (level, >=, 0.80);
  g_assert_cmpfloat (fl_erlang_service_level (agents - 1, traffic, 180, 20), <, 0.80);
}

/* A stricter target or a shorter answer time never needs fewer agents. */
static void
test_monotonic (void)
{
  guint previous = 0;

  for (int level = 50; level <= 99; level++)
    {
      guint agents = fl_erlang_agents_required (10.0, 180, level / 100.0, 20);

      g_assert_cmpuint (agents, >=, previous);
      previous = agents;
    }
  g_assert_cmpuint (fl_erlang_agents_required (10.0, 180, 0.80, 10), >=,
                    fl_erlang_agents_required (10.0, 180, 0.80, 30));
  g_assert_cmpuint (fl_erlang_scheduled (13, 0.0), ==, 13);
  g_assert_cmpuint (fl_erlang_scheduled (13, 0.30), ==, 19);
}

int
main (int   argc,
      char *argv[])
{
  fl_test_init (&argc, &argv);

  g_test_add_func ("/erlang/worked-example", test_worked_example);
  g_test_add_func ("/erlang/zero-volume", test_zero_volume);
  g_test_add_func ("/erlang/load-at-or-above-agents", test_load_at_or_above_agents);
  g_test_add_func ("/erlang/very-high-volume", test_very_high_volume);
  g_test_add_func ("/erlang/monotonic", test_monotonic);

  return g_test_run ();
}

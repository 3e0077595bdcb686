/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-sample-draw"

#include "fl-sample-draw.h"
#include "fl-test-util.h"

/* The monthly draw, without a database: counts, spread across the weeks and
 * the queues, reproducibility and topping up. */

/* @per_week calls a week for 5 weeks for each of @n_agents agents (ids 1…),
 * in @n_queues queues taking turns; recording ids from 1. */
static GArray *
make_month (guint n_agents,
            guint per_week,
            guint n_queues)
{
  GArray *candidates = g_array_new (FALSE, TRUE, sizeof (FlSampleCandidate));
  gint64 recording = 1;

  for (guint agent = 1; agent <= n_agents; agent++)
    for (guint week = 0; week < 5; week++)
      for (guint i = 0; i < per_week; i++)
        {
          FlSampleCandidate candidate = { recording++, agent, week, 1 + i % n_queues, FALSE };

          g_array_append_val (candidates, candidate);
        }
  return candidates;
}

static guint
count_drawn (GArray *candidates,
             gint64  agent,
             int     week,
             int     queue)
{
  guint n = 0;

  for (guint i = 0; i < candidates->len; i++)
    {
      FlSampleCandidate *c = &g_array_index (candidates, FlSampleCandidate, i);

      if (c->drawn && c->agent_staff_id == agent && (week < 0 || c->week == (guint) week)
          && (queue < 0 || c->queue == (guint) queue))
        n++;
    }
  return n;
}

/* 20 a month from 5 weeks: 4 a week; from 2 queues: 10 each. */
static void
test_count_and_spread (void)
{
  g_autoptr(GArray) month = make_month (3, 30, 2);
  g_autoptr(GArray) picked = fl_sample_draw ((FlSampleCandidate *) (gpointer) month->data,
                                             month->len, 20, 42);

  g_assert_cmpuint (picked->len, ==, 60);
  for (gint64 agent = 1; agent <= 3; agent++)
    {
      g_assert_cmpuint (count_drawn (month, agent, -1, -1), ==, 20);
      for (int week = 0; week < 5; week++)
        g_assert_cmpuint (count_drawn (month, agent, week, -1), ==, 4);
      g_assert_cmpuint (count_drawn (month, agent, -1, 1), ==, 10);
      g_assert_cmpuint (count_drawn (month, agent, -1, 2), ==, 10);
    }
  /* Sorted by agent, then recording. */
  for (guint i = 1; i < picked->len; i++)
    {
      FlSampleCandidate *a = &g_array_index (month, FlSampleCandidate, g_array_index (picked, guint, i - 1));
      FlSampleCandidate *b = &g_array_index (month, FlSampleCandidate, g_array_index (picked, guint, i));

      g_assert_true (a->agent_staff_id < b->agent_staff_id
                     || (a->agent_staff_id == b->agent_staff_id && a->recording_id < b->recording_id));
    }
}

/* Keeps the candidates of @month that @keep accepts. */
static GArray *
filter_month (GArray   *month,
              gboolean (*keep) (const FlSampleCandidate *candidate))
{
  GArray *kept = g_array_new (FALSE, TRUE, sizeof (FlSampleCandidate));

  for (guint i = 0; i < month->len; i++)
    if (keep (&g_array_index (month, FlSampleCandidate, i)))
      g_array_append_val (kept, g_array_index (month, FlSampleCandidate, i));
  return kept;
}

/* Week 2 with one call (id 21) only. */
static gboolean
thin_week_two (const FlSampleCandidate *candidate)
{
  return candidate->week != 2 || candidate->recording_id == 21;
}

/* A week with few calls gives what it has; the others make up the rest. */
static void
test_thin_week (void)
{
  g_autoptr(GArray) full = make_month (1, 10, 1);
  g_autoptr(GArray) month = filter_month (full, thin_week_two);
  g_autoptr(GArray) picked = fl_sample_draw ((FlSampleCandidate *) (gpointer) month->data,
                                             month->len, 20, 7);

  g_assert_cmpuint (picked->len, ==, 20);
  g_assert_cmpuint (count_drawn (month, 1, 2, -1), ==, 1);
  for (int week = 0; week < 5; week++)
    if (week != 2)
      g_assert_cmpuint (count_drawn (month, 1, week, -1), >=, 4);
}

/* Fewer calls than the quota: all of them. */
static void
test_fewer_than_quota (void)
{
  g_autoptr(GArray) month = make_month (2, 2, 1);
  g_autoptr(GArray) picked = fl_sample_draw ((FlSampleCandidate *) (gpointer) month->data,
                                             month->len, 20, 1);

  g_assert_cmpuint (picked->len, ==, 20);
  g_assert_cmpuint (count_drawn (month, 1, -1, -1), ==, 10);
  g_assert_cmpuint (count_drawn (month, 2, -1, -1), ==, 10);
}

/* The recording ids a draw over @month picks, in order. */
static char *
draw_ids (GArray  *month,
          guint64  seed)
{
  g_autoptr(GArray) picked = fl_sample_draw ((FlSampleCandidate *) (gpointer) month->data,
                                             month->len, 20, seed);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < picked->len; i++)
    g_string_append_printf (text, "%" G_GINT64_FORMAT " ",
                            g_array_index (month, FlSampleCandidate,
                                           g_array_index (picked, guint, i)).recording_id);
  return g_string_free (text, FALSE);
}

/* The same seed draws the same calls whatever the candidates' order; another
 * seed draws others; an agent's draw ignores other agents' calls. */
static void
test_reproducible (void)
{
  g_autoptr(GArray) first = make_month (2, 30, 3);
  g_autoptr(GArray) reversed = g_array_new (FALSE, TRUE, sizeof (FlSampleCandidate));
  g_autoptr(GArray) alone = make_month (1, 30, 3);
  g_autoptr(GArray) again = make_month (2, 30, 3);
  g_autoptr(GArray) fresh = make_month (2, 30, 3);
  g_autofree char *ids = draw_ids (first, 99);
  g_autofree char *ids_reversed = NULL;
  g_autofree char *ids_alone = NULL;
  g_autofree char *ids_other_seed = NULL;

  for (guint i = fresh->len; i-- > 0;)
    g_array_append_val (reversed, g_array_index (fresh, FlSampleCandidate, i));
  ids_reversed = draw_ids (reversed, 99);
  ids_alone = draw_ids (alone, 99);
  ids_other_seed = draw_ids (again, 100);

  g_assert_cmpstr (ids, ==, ids_reversed);
  /* Agent 1's calls are the first 20 of the draw in both. */
  g_assert_true (g_str_has_prefix (ids, ids_alone));
  g_assert_cmpstr (ids, !=, ids_other_seed);
}

/* The first five calls of week 0: a plan drawn on the month's second day. */
static gboolean
first_days (const FlSampleCandidate *candidate)
{
  return candidate->week == 0 && candidate->recording_id <= 5;
}

/* Topping up: what was drawn stays and counts towards the quota; new calls
 * fill it, into the weeks that have least. A full plan draws nothing. */
static void
test_top_up (void)
{
  g_autoptr(GArray) month = make_month (1, 30, 1);
  g_autoptr(GArray) early = filter_month (month, first_days);
  g_autoptr(GArray) picked = NULL;

  picked = fl_sample_draw ((FlSampleCandidate *) (gpointer) early->data, early->len, 20, 5);
  g_assert_cmpuint (picked->len, ==, 5);
  g_clear_pointer (&picked, g_array_unref);

  /* At the end of the month, with the first draw marked. */
  for (guint i = 0; i < early->len; i++)
    g_array_index (month, FlSampleCandidate, i).drawn = TRUE;
  picked = fl_sample_draw ((FlSampleCandidate *) (gpointer) month->data, month->len, 20, 5);
  g_assert_cmpuint (picked->len, ==, 15);
  g_assert_cmpuint (count_drawn (month, 1, -1, -1), ==, 20);
  g_assert_cmpuint (count_drawn (month, 1, 0, -1), ==, 5);
  for (int week = 1; week < 5; week++)
    {
      g_assert_cmpuint (count_drawn (month, 1, week, -1), >=, 3);
      g_assert_cmpuint (count_drawn (month, 1, week, -1), <=, 4);
    }
  g_clear_pointer (&picked, g_array_unref);

  picked = fl_sample_draw ((FlSampleCandidate *) (gpointer) month->data, month->len, 20, 5);
  g_assert_cmpuint (picked->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  fl_test_init (&argc, &argv);

  g_test_add_func ("/sample-draw/count-and-spread", test_count_and_spread);
  g_test_add_func ("/sample-draw/thin-week", test_thin_week);
  g_test_add_func ("/sample-draw/fewer-than-quota", test_fewer_than_quota);
  g_test_add_func ("/sample-draw/reproducible", test_reproducible);
  g_test_add_func ("/sample-draw/top-up", test_top_up);

  return g_test_run ();
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-sample-draw"

#include "config.h"

#include <string.h>

#include "fl-sample-draw.h"

#define N_WEEKS 5

static int
compare_candidates (gconstpointer a,
                    gconstpointer b,
                    gpointer      user_data)
{
  const FlSampleCandidate *candidates = user_data;
  const FlSampleCandidate *x = &candidates[*(const guint *) a];
  const FlSampleCandidate *y = &candidates[*(const guint *) b];

  if (x->agent_staff_id != y->agent_staff_id)
    return x->agent_staff_id < y->agent_staff_id ? -1 : 1;
  if (x->recording_id != y->recording_id)
    return x->recording_id < y->recording_id ? -1 : 1;
  return 0;
}

/* A random order of @n indexes from @rand (Fisher–Yates). */
static void
shuffle (guint *indexes,
         guint  n,
         GRand *rand)
{
  for (guint i = n; i > 1; i--)
    {
      guint j = (guint) g_rand_int_range (rand, 0, (gint32) i);
      guint swap = indexes[i - 1];

      indexes[i - 1] = indexes[j];
      indexes[j] = swap;
    }
}

static guint
count_of (GHashTable *counts,
          guint       queue)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (counts, GUINT_TO_POINTER (queue)));
}

/* Draws for the agent whose candidates are @pool (shuffled); @drawn are
 * those of them in the plan already. */
static void
draw_agent (FlSampleCandidate *candidates,
            guint             *pool,
            guint              n_pool,
            guint              per_agent,
            GArray            *picked)
{
  g_autoptr(GHashTable) per_queue = g_hash_table_new (NULL, NULL);
  guint per_week[N_WEEKS] = { 0, };
  guint have = 0;

  for (guint i = 0; i < n_pool; i++)
    {
      FlSampleCandidate *candidate = &candidates[pool[i]];

      if (!candidate->drawn)
        continue;
      have++;
      per_week[MIN (candidate->week, N_WEEKS - 1)]++;
      g_hash_table_insert (per_queue, GUINT_TO_POINTER (candidate->queue),
                           GUINT_TO_POINTER (count_of (per_queue, candidate->queue) + 1));
    }

  while (have < per_agent)
    {
      guint best = G_MAXUINT;

      /* The least drawn week with a call left, then in it the least drawn
       * queue; the pool's random order breaks ties. */
      for (guint i = 0; i < n_pool; i++)
        {
          FlSampleCandidate *candidate = &candidates[pool[i]];
          FlSampleCandidate *leader;
          guint week, leader_week;

          if (candidate->drawn)
            continue;
          if (best == G_MAXUINT)
            {
              best = i;
              continue;
            }
          leader = &candidates[pool[best]];
          week = per_week[MIN (candidate->week, N_WEEKS - 1)];
          leader_week = per_week[MIN (leader->week, N_WEEKS - 1)];
          if (week < leader_week
              || (week == leader_week
                  && count_of (per_queue, candidate->queue) < count_of (per_queue, leader->queue)))
            best = i;
        }
      if (best == G_MAXUINT)
        break;

      candidates[pool[best]].drawn = TRUE;
      g_array_append_val (picked, pool[best]);
      have++;
      per_week[MIN (candidates[pool[best]].week, N_WEEKS - 1)]++;
      g_hash_table_insert (per_queue, GUINT_TO_POINTER (candidates[pool[best]].queue),
                           GUINT_TO_POINTER (count_of (per_queue, candidates[pool[best]].queue) + 1));
    }
}

GArray *
fl_sample_draw (FlSampleCandidate *candidates,
                guint              n_candidates,
                guint              per_agent,
                guint64            seed)
{
  g_autofree guint *order = g_new (guint, MAX (n_candidates, 1));
  GArray *picked = g_array_new (FALSE, FALSE, sizeof (guint));
  guint start = 0;

  g_return_val_if_fail (candidates != NULL || n_candidates == 0, picked);

  for (guint i = 0; i < n_candidates; i++)
    order[i] = i;
  g_qsort_with_data (order, (gint) n_candidates, sizeof (guint), compare_candidates, candidates);

  while (start < n_candidates)
    {
      gint64 agent = candidates[order[start]].agent_staff_id;
      guint end = start;
      g_autoptr(GRand) rand = NULL;
      guint32 agent_seed[4];

      while (end < n_candidates && candidates[order[end]].agent_staff_id == agent)
        end++;

      /* Each agent's own stream of random numbers: seeded by the plan and
       * the agent only. */
      agent_seed[0] = (guint32) seed;
      agent_seed[1] = (guint32) (seed >> 32);
      agent_seed[2] = (guint32) agent;
      agent_seed[3] = (guint32) ((guint64) agent >> 32);
      rand = g_rand_new_with_seed_array (agent_seed, G_N_ELEMENTS (agent_seed));
      shuffle (order + start, end - start, rand);
      draw_agent (candidates, order + start, end - start, per_agent, picked);
      start = end;
    }

  g_array_sort_with_data (picked, compare_candidates, candidates);
  return picked;
}

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

typedef struct
{
  gint64 agent;
  guint  start;
  guint  length;
} Run;

static int
compare_runs (gconstpointer a,
              gconstpointer b)
{
  gint64 x = ((const Run *) a)->agent;
  gint64 y = ((const Run *) b)->agent;

  return x < y ? -1 : x > y;
}

/* The runs of candidates of one agent, if each agent's candidates are
 * together (as a query by agent gives them); NULL if they are not. */
static GArray *
find_runs (const FlSampleCandidate *candidates,
           guint                    n_candidates)
{
  g_autoptr(GArray) runs = g_array_new (FALSE, FALSE, sizeof (Run));
  g_autoptr(GHashTable) seen = g_hash_table_new (g_int64_hash, g_int64_equal);

  for (guint i = 0; i < n_candidates; i++)
    {
      Run run = { candidates[i].agent_staff_id, i, 0 };

      if (i > 0 && candidates[i - 1].agent_staff_id == run.agent)
        {
          g_array_index (runs, Run, runs->len - 1).length++;
          continue;
        }
      if (!g_hash_table_add (seen, (gpointer) &candidates[i].agent_staff_id))
        return NULL;
      run.length = 1;
      g_array_append_val (runs, run);
    }
  return g_steal_pointer (&runs);
}

/* The candidates' indexes by agent, then recording. Agents are few and
 * each has a few hundred calls: sorting each agent's run on its own is
 * several times faster than one sort of them all. */
static void
order_candidates (FlSampleCandidate *candidates,
                  guint              n_candidates,
                  guint             *order)
{
  g_autoptr(GArray) runs = find_runs (candidates, n_candidates);
  guint position = 0;

  for (guint i = 0; i < n_candidates; i++)
    order[i] = i;
  if (runs == NULL)
    {
      g_qsort_with_data (order, (gint) n_candidates, sizeof (guint), compare_candidates, candidates);
      return;
    }

  g_array_sort (runs, compare_runs);
  for (guint r = 0; r < runs->len; r++)
    {
      Run *run = &g_array_index (runs, Run, r);

      for (guint i = 0; i < run->length; i++)
        order[position + i] = run->start + i;
      g_qsort_with_data (order + position, (gint) run->length, sizeof (guint), compare_candidates,
                         candidates);
      position += run->length;
    }
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

/* Draws for the agent whose candidates are @pool (shuffled): round the
 * weeks, each time the least drawn week that has calls left (the earliest
 * of equals), and in it a call of the least drawn queue (the first in the
 * shuffled order of equals). Calls drawn before count. */
static void
draw_agent (FlSampleCandidate *candidates,
            guint             *pool,
            guint              n_pool,
            guint              per_agent,
            guint             *per_queue,
            GArray            *picked)
{
  g_autofree guint *by_week = g_new (guint, MAX (n_pool, 1));
  guint week_start[N_WEEKS + 1] = { 0, };
  guint week_left[N_WEEKS] = { 0, };
  guint per_week[N_WEEKS] = { 0, };
  guint fill[N_WEEKS];
  guint have = 0;

  for (guint i = 0; i < n_pool; i++)
    per_queue[candidates[pool[i]].queue] = 0;
  for (guint i = 0; i < n_pool; i++)
    {
      FlSampleCandidate *candidate = &candidates[pool[i]];
      guint week = MIN (candidate->week, N_WEEKS - 1);

      if (candidate->drawn)
        {
          have++;
          per_week[week]++;
          per_queue[candidate->queue]++;
        }
      else
        week_left[week]++;
    }

  /* Each week's calls left, in the pool's order. */
  for (guint w = 0; w < N_WEEKS; w++)
    week_start[w + 1] = week_start[w] + week_left[w];
  memcpy (fill, week_start, sizeof fill);
  for (guint i = 0; i < n_pool; i++)
    if (!candidates[pool[i]].drawn)
      by_week[fill[MIN (candidates[pool[i]].week, N_WEEKS - 1)]++] = pool[i];

  while (have < per_agent)
    {
      guint week = N_WEEKS;
      guint best = G_MAXUINT;

      for (guint w = 0; w < N_WEEKS; w++)
        if (week_left[w] > 0 && (week == N_WEEKS || per_week[w] < per_week[week]))
          week = w;
      if (week == N_WEEKS)
        break;

      for (guint i = week_start[week]; i < week_start[week + 1]; i++)
        if (!candidates[by_week[i]].drawn
            && (best == G_MAXUINT
                || per_queue[candidates[by_week[i]].queue] < per_queue[candidates[best].queue]))
          best = by_week[i];

      candidates[best].drawn = TRUE;
      g_array_append_val (picked, best);
      have++;
      per_week[week]++;
      week_left[week]--;
      per_queue[candidates[best].queue]++;
    }
}

GArray *
fl_sample_draw (FlSampleCandidate *candidates,
                guint              n_candidates,
                guint              per_agent,
                guint64            seed)
{
  g_autofree guint *order = g_new (guint, MAX (n_candidates, 1));
  g_autofree guint *per_queue = NULL;
  GArray *picked = g_array_new (FALSE, FALSE, sizeof (guint));
  guint n_queues = 1;
  guint start = 0;

  g_return_val_if_fail (candidates != NULL || n_candidates == 0, picked);

  for (guint i = 0; i < n_candidates; i++)
    n_queues = MAX (n_queues, candidates[i].queue + 1);
  /* Queues are small numbers: counted in an array, reset per agent. */
  per_queue = g_new0 (guint, n_queues);
  order_candidates (candidates, n_candidates, order);

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
      draw_agent (candidates, order + start, end - start, per_agent, per_queue, picked);
      start = end;
    }

  g_array_sort_with_data (picked, compare_candidates, candidates);
  return picked;
}

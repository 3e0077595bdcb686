/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-erlang"

#include "config.h"

#include <math.h>

#include "fl-erlang.h"

/* Rounding noise of a division such as 14 / 0.7 is not another agent. */
#define EPSILON 1e-9

double
fl_erlang_traffic (double calls,
                   double handle_seconds,
                   double interval_seconds)
{
  g_return_val_if_fail (interval_seconds > 0, 0.0);

  if (calls <= 0 || handle_seconds <= 0)
    return 0.0;
  return calls * handle_seconds / interval_seconds;
}

/* Erlang B by its recursion: B(0) = 1, B(n) = A·B(n−1) / (n + A·B(n−1)).
 * Every step stays between 0 and 1. */
static double
erlang_b_step (double previous,
               guint  agents,
               double traffic)
{
  return traffic * previous / (agents + traffic * previous);
}

static double
erlang_c_from_b (double blocking,
                 guint  agents,
                 double traffic)
{
  if (agents <= traffic)
    return 1.0;
  return agents * blocking / (agents - traffic * (1.0 - blocking));
}

double
fl_erlang_c (guint  agents,
             double traffic)
{
  double blocking = 1.0;

  g_return_val_if_fail (!isnan (traffic), 1.0);

  if (traffic <= 0)
    return 0.0;
  if (agents <= traffic)
    return 1.0;
  for (guint n = 1; n <= agents; n++)
    blocking = erlang_b_step (blocking, n, traffic);
  return erlang_c_from_b (blocking, agents, traffic);
}

static double
service_level_from_c (double waiting,
                      guint  agents,
                      double traffic,
                      double handle_seconds,
                      double target_seconds)
{
  if (agents <= traffic)
    return 0.0;
  return 1.0 - waiting * exp (-(agents - traffic) * target_seconds / handle_seconds);
}

double
fl_erlang_service_level (guint  agents,
                         double traffic,
                         double handle_seconds,
                         double target_seconds)
{
  g_return_val_if_fail (handle_seconds > 0, 0.0);

  if (traffic <= 0)
    return 1.0;
  return service_level_from_c (fl_erlang_c (agents, traffic), agents, traffic, handle_seconds,
                               MAX (target_seconds, 0.0));
}

guint
fl_erlang_agents_required (double traffic,
                           double handle_seconds,
                           double service_level,
                           double target_seconds)
{
  double blocking = 1.0;
  guint agents;

  g_return_val_if_fail (handle_seconds > 0, 0);
  g_return_val_if_fail (service_level >= 0 && service_level < 1, 0);
  g_return_val_if_fail (isfinite (traffic) && traffic <= FL_ERLANG_MAX_TRAFFIC, 0);

  if (traffic <= 0)
    return 0;
  /* Erlang B for one agent after another: the search costs one step per
   * agent, however large the volume. The service level rises towards 1
   * as agents are added, so a target below 1 is always reached. */
  for (agents = 1;; agents++)
    {
      blocking = erlang_b_step (blocking, agents, traffic);
      if (agents > traffic &&
          service_level_from_c (erlang_c_from_b (blocking, agents, traffic), agents, traffic, handle_seconds,
                                MAX (target_seconds, 0.0)) >= service_level - EPSILON)
        return agents;
    }
}

guint
fl_erlang_scheduled (guint  agents,
                     double shrinkage)
{
  g_return_val_if_fail (shrinkage >= 0 && shrinkage < 1, agents);

  return (guint) ceil (agents / (1.0 - shrinkage) - EPSILON);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Staffing by Erlang C (domain.md): the agents one interval needs for its
 * forecast calls to be answered at the service level the center targets.
 * Pure arithmetic, computed through the Erlang B recursion, so a large
 * volume never overflows a factorial. */

/* The offered load in Erlangs: @calls arriving in @interval_seconds, each
 * handled in @handle_seconds on average. 100 calls in 30 minutes at 180 s
 * are 10 Erlangs. */
double fl_erlang_traffic            (double calls,
                                     double handle_seconds,
                                     double interval_seconds);

/* The probability that a call waits at all, with @agents answering
 * @traffic Erlangs: 1 when the agents cannot keep up (agents ≤ traffic). */
double fl_erlang_c                  (guint  agents,
                                     double traffic);

/* The share of calls answered within @target_seconds: 1 with no traffic,
 * 0 when the agents cannot keep up. */
double fl_erlang_service_level      (guint  agents,
                                     double traffic,
                                     double handle_seconds,
                                     double target_seconds);

/* The most traffic the staffing functions take: a million Erlangs, far
 * past any center, so that the search stays short. */
#define FL_ERLANG_MAX_TRAFFIC 1e6

/* The fewest agents that answer @service_level (0–1, below 1) of the calls
 * within @target_seconds; 0 with no traffic. @traffic is finite and at
 * most FL_ERLANG_MAX_TRAFFIC. */
guint  fl_erlang_agents_required    (double traffic,
                                     double handle_seconds,
                                     double service_level,
                                     double target_seconds);

/* Agents on the roster so that @agents are at their phones, when
 * @shrinkage (0–1, below 1) of paid time goes to breaks, meetings,
 * training and absence: 14 at 30 % → 20. */
guint  fl_erlang_scheduled          (guint  agents,
                                     double shrinkage);

G_END_DECLS

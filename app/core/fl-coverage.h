/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "fl-shift-spec.h"

G_BEGIN_DECLS

/* A day's coverage (覆盖) in half-hour intervals: agents at their phones
 * against the agents the forecast needs. */
#define FL_COVERAGE_INTERVAL_MINUTES 30
#define FL_COVERAGE_INTERVALS        (FL_MINUTES_PER_DAY / FL_COVERAGE_INTERVAL_MINUTES)

/* The center's staffing target (domain.md), from Preferences. */
typedef struct
{
  double service_level;    /* 0.80 of calls… */
  double answer_seconds;   /* …answered within 20 s */
  double shrinkage;        /* 0.30 of paid time away from the phones */
} FlStaffingTarget;

typedef struct
{
  guint  staffed[FL_COVERAGE_INTERVALS];    /* on a shift and not on its break */
  guint  required[FL_COVERAGE_INTERVALS];   /* on the roster, by Erlang C plus shrinkage */
  double calls[FL_COVERAGE_INTERVALS];      /* forecast */
} FlCoverage;

/* Counts one agent in @coverage's staffed intervals: @spec, the shift of
 * the day, and @before, the day before's, which may run into the day (a
 * night shift). Either may be NULL. An interval is staffed when the agent
 * is at the phone at its start. */
void  fl_coverage_add_agent (FlCoverage             *coverage,
                             const FlShiftSpec      *before,
                             const FlShiftSpec      *spec);
/* Agents to roster for @calls in one interval handled in @handle_seconds
 * on average: Erlang C at the target, then shrinkage. */
guint fl_coverage_required  (const FlStaffingTarget *target,
                             double                  calls,
                             double                  handle_seconds);

G_END_DECLS

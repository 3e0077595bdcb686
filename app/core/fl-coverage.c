/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-coverage"

#include "config.h"

#include "fl-coverage.h"
#include "fl-erlang.h"

void
fl_coverage_add_agent (FlCoverage        *coverage,
                       const FlShiftSpec *before,
                       const FlShiftSpec *spec)
{
  g_return_if_fail (coverage != NULL);

  for (guint interval = 0; interval < FL_COVERAGE_INTERVALS; interval++)
    {
      int minute = (int) interval * FL_COVERAGE_INTERVAL_MINUTES;

      if ((spec != NULL && fl_shift_spec_staffs (spec, minute)) ||
          (before != NULL && fl_shift_spec_staffs (before, minute + FL_MINUTES_PER_DAY)))
        coverage->staffed[interval]++;
    }
}

guint
fl_coverage_required (const FlStaffingTarget *target,
                      double                  calls,
                      double                  handle_seconds)
{
  double traffic;
  double level;

  g_return_val_if_fail (target != NULL, 0);

  if (calls <= 0 || handle_seconds <= 0)
    return 0;
  traffic = fl_erlang_traffic (calls, handle_seconds, FL_COVERAGE_INTERVAL_MINUTES * 60);
  /* A target of 100 % is never quite reached: aim just below it. */
  level = CLAMP (target->service_level, 0.0, 0.999);
  return fl_erlang_scheduled (fl_erlang_agents_required (traffic, handle_seconds, level, target->answer_seconds),
                              CLAMP (target->shrinkage, 0.0, 0.9));
}

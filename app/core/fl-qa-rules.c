/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-qa-rules"

#include "config.h"

#include <math.h>

#include "fl-qa-rules.h"

#define COEFFICIENT_STEP 0.1

void
fl_qa_rules_init_defaults (FlQaRules *rules)
{
  g_return_if_fail (rules != NULL);

  rules->points = 40;
  rules->deduction = 8;
  rules->failures_for_zero = 5;
  rules->coefficient_min = 0.8;
  rules->coefficient_max = 1.2;
  rules->complaint_points = 20;
}

double
fl_qa_points (const FlQaRules *rules,
              guint            failed)
{
  g_return_val_if_fail (rules != NULL, 0);

  if (failed >= rules->failures_for_zero)
    return 0;
  return MAX (rules->points - rules->deduction * failed, 0);
}

double
fl_qa_coefficient (const FlQaRules *rules,
                   double           score,
                   double           lowest,
                   double           highest)
{
  double exact;

  g_return_val_if_fail (rules != NULL, 1.0);

  if (highest - lowest < 1e-9)
    exact = (rules->coefficient_min + rules->coefficient_max) / 2;
  else
    exact = rules->coefficient_min
            + (CLAMP (score, lowest, highest) - lowest) / (highest - lowest)
              * (rules->coefficient_max - rules->coefficient_min);

  /* The small epsilon keeps 0.95, which is 0.9499… in binary, a half step. */
  return floor (exact / COEFFICIENT_STEP + 0.5 + 1e-9) * COEFFICIENT_STEP;
}

double
fl_qa_complaint_points (const FlQaRules *rules,
                        guint            confirmed)
{
  g_return_val_if_fail (rules != NULL, 0);

  if (confirmed == 0)
    return rules->complaint_points;
  if (confirmed == 1)
    return rules->complaint_points / 2;
  return 0;
}

void
fl_qa_rank (const double *totals,
            guint         n,
            guint        *ranks)
{
  g_return_if_fail (n == 0 || (totals != NULL && ranks != NULL));

  /* n is the number of agents: a few hundred, so counting who is ahead is
   * simpler than sorting and just as fast. */
  for (guint i = 0; i < n; i++)
    {
      guint ahead = 0;

      if (isnan (totals[i]))
        {
          ranks[i] = 0;
          continue;
        }
      for (guint j = 0; j < n; j++)
        if (!isnan (totals[j]) && totals[j] > totals[i] + 1e-9)
          ahead++;
      ranks[i] = ahead + 1;
    }
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-score"

#include "config.h"

#include "fl-score.h"

/* The score of one evaluation, from its template and answers. Pure: no I/O,
 * no clock, no locale, so every rule below is tested exhaustively.
 *
 * - An item answered with points counts its points out of its maximum; an
 *   unanswered item and an item marked N/A count for nothing. A section
 *   scores earned ÷ possible of its answered items, as a percent; a section
 *   with nothing answered with points is "not scorable" and drops out.
 * - No weights: the total is earned ÷ possible over all answered items, so a
 *   section counts as much as the points it holds.
 * - Weights: each scorable section's percent is weighted, and the weights of
 *   the scorable sections are renormalised. When only some sections have a
 *   weight, a section without one keeps the share its points give it (its
 *   possible points ÷ all possible points, as it would in a template without
 *   weights), and the weighted sections divide the rest in proportion to
 *   their weights. So adding a weight to one section never changes what an
 *   unweighted section is worth, and a template with no weights at all is the
 *   same as plain points.
 * - A critical item answered "no" (0 points) makes the total 0 and fails the
 *   evaluation whatever else was scored; a section-critical item answered 0
 *   makes its section 0.
 * - Passing is decided on the score as shown, rounded to one decimal, so a
 *   card never reads "80.0 %" and "failed" at a pass mark of 80. */

G_DEFINE_ENUM_TYPE (FlAnswerType, fl_answer_type,
                    G_DEFINE_ENUM_VALUE (FL_ANSWER_TYPE_YES_NO, "yes-no"),
                    G_DEFINE_ENUM_VALUE (FL_ANSWER_TYPE_SCALE, "scale"))

G_DEFINE_ENUM_TYPE (FlCriticality, fl_criticality,
                    G_DEFINE_ENUM_VALUE (FL_CRITICALITY_NONE, "none"),
                    G_DEFINE_ENUM_VALUE (FL_CRITICALITY_CRITICAL, "critical"),
                    G_DEFINE_ENUM_VALUE (FL_CRITICALITY_SECTION_CRITICAL, "section-critical"))

G_DEFINE_ENUM_TYPE (FlAnswerState, fl_answer_state,
                    G_DEFINE_ENUM_VALUE (FL_ANSWER_STATE_UNANSWERED, "unanswered"),
                    G_DEFINE_ENUM_VALUE (FL_ANSWER_STATE_NOT_APPLICABLE, "not-applicable"),
                    G_DEFINE_ENUM_VALUE (FL_ANSWER_STATE_POINTS, "points"))

/* Scores are ratios of whole points, so a value meant to end in …5 may sit a
 * hair below it in binary (79.95 is stored as 79.94999…). Real scores that
 * differ are at least ~1e-5 apart, far above this nudge. */
#define ROUNDING_NUDGE 1e-9

gboolean
fl_score_answer_is_failing (const FlScoreItemSpec *item,
                            const FlScoreAnswer   *answer)
{
  g_return_val_if_fail (item != NULL && answer != NULL, FALSE);

  return item->criticality != FL_CRITICALITY_NONE &&
         answer->state == FL_ANSWER_STATE_POINTS &&
         answer->points <= 0;
}

static void
count_answer (FlScoreResult         *result,
              guint                  index,
              const FlScoreItemSpec *item,
              const FlScoreAnswer   *answer)
{
  FlSectionScore *section = &result->sections[item->section];
  int max_points = MAX (item->max_points, 0);

  switch (answer->state)
    {
    case FL_ANSWER_STATE_UNANSWERED:
      result->n_unanswered++;
      return;
    case FL_ANSWER_STATE_NOT_APPLICABLE:
      result->n_not_applicable++;
      return;
    case FL_ANSWER_STATE_POINTS:
    default:
      break;
    }

  result->n_answered++;
  section->earned += CLAMP (answer->points, 0, max_points);
  section->possible += max_points;

  if (!fl_score_answer_is_failing (item, answer))
    return;
  if (item->criticality == FL_CRITICALITY_CRITICAL && result->failed_item < 0)
    result->failed_item = (int) index;
  else if (item->criticality == FL_CRITICALITY_SECTION_CRITICAL && section->failed_item < 0)
    section->failed_item = (int) index;
}

/* Each scorable section's part of the total, summing to 1 (see the top);
 * TRUE when any scorable section has a weight. */
static gboolean
compute_shares (FlScoreResult            *result,
                const FlScoreSectionSpec *specs)
{
  double possible = 0, unweighted_share = 0, weight_sum = 0;
  gboolean weighted = FALSE;

  for (guint s = 0; s < result->n_sections; s++)
    {
      if (!result->sections[s].scorable)
        continue;
      possible += result->sections[s].possible;
      if (specs[s].has_weight)
        {
          weighted = TRUE;
          weight_sum += MAX (specs[s].weight, 0);
        }
    }

  for (guint s = 0; s < result->n_sections; s++)
    {
      FlSectionScore *section = &result->sections[s];

      if (section->scorable && (!weighted || !specs[s].has_weight))
        {
          section->share = section->possible / possible;
          unweighted_share += section->share;
        }
    }
  if (!weighted)
    return FALSE;

  for (guint s = 0; s < result->n_sections; s++)
    {
      FlSectionScore *section = &result->sections[s];

      if (section->scorable && specs[s].has_weight)
        section->share = weight_sum > 0
                         ? (1.0 - unweighted_share) * MAX (specs[s].weight, 0) / weight_sum
                         : 0;
    }
  return TRUE;
}

FlScoreResult *
fl_score_compute (const FlScoreSectionSpec *sections,
                  guint                     n_sections,
                  const FlScoreItemSpec    *items,
                  guint                     n_items,
                  const FlScoreAnswer      *answers,
                  double                    pass_mark)
{
  FlScoreResult *result;
  double total = 0, share_sum = 0, earned = 0, possible = 0;
  gboolean weighted;

  g_return_val_if_fail (n_sections == 0 || sections != NULL, NULL);
  g_return_val_if_fail (n_items == 0 || (items != NULL && answers != NULL), NULL);
  for (guint i = 0; i < n_items; i++)
    g_return_val_if_fail (items[i].section < n_sections, NULL);

  result = g_new0 (FlScoreResult, 1);
  result->n_items = n_items;
  result->n_sections = n_sections;
  result->sections = g_new0 (FlSectionScore, MAX (n_sections, 1));
  result->failed_item = -1;
  for (guint s = 0; s < n_sections; s++)
    result->sections[s].failed_item = -1;

  for (guint i = 0; i < n_items; i++)
    count_answer (result, i, &items[i], &answers[i]);

  for (guint s = 0; s < n_sections; s++)
    {
      FlSectionScore *section = &result->sections[s];

      section->scorable = section->possible > 0;
      if (section->failed_item >= 0)
        section->earned = 0;
      if (section->scorable)
        section->score = 100.0 * section->earned / section->possible;
      earned += section->earned;
      possible += section->possible;
    }

  weighted = compute_shares (result, sections);
  for (guint s = 0; s < n_sections; s++)
    {
      total += result->sections[s].share * result->sections[s].score;
      share_sum += result->sections[s].share;
    }

  result->scorable = possible > 0;
  if (weighted && share_sum > 0)
    result->score = total / share_sum;
  else if (result->scorable)
    /* Plain points, computed directly so that 1599 of 2000 is exactly the
     * double nearest 79.95; also when every weight is 0 (nothing to weigh by). */
    result->score = 100.0 * earned / possible;

  /* Weighted sums may land an ulp outside 0–100. */
  result->score = CLAMP (result->score, 0.0, 100.0);
  result->auto_failed = result->failed_item >= 0;
  if (result->auto_failed)
    {
      result->scorable = TRUE;
      result->score = 0;
    }

  result->complete = result->n_unanswered == 0;
  result->passed = result->scorable && !result->auto_failed &&
                   fl_score_passes (result->score, pass_mark);
  return result;
}

void
fl_score_result_free (FlScoreResult *result)
{
  if (result == NULL)
    return;
  g_free (result->sections);
  g_free (result);
}

/* One decimal, half away from zero: 79.95 → 80.0, 79.94 → 79.9. */
double
fl_score_round (double score)
{
  double magnitude = score < 0 ? -score : score;
  double rounded = (double) (gint64) (magnitude * 10.0 + 0.5 + ROUNDING_NUDGE) / 10.0;

  return score < 0 ? -rounded : rounded;
}

/* The score as shown, "79.9"; the number follows the locale's decimal mark. */
char *
fl_score_format (double score)
{
  return g_strdup_printf ("%.1f", fl_score_round (score));
}

gboolean
fl_score_passes (double score,
                 double pass_mark)
{
  return fl_score_round (score) + ROUNDING_NUDGE >= pass_mark;
}

const char *
fl_answer_type_to_code (FlAnswerType type)
{
  return type == FL_ANSWER_TYPE_SCALE ? "scale" : "yes_no";
}

FlAnswerType
fl_answer_type_from_code (const char *code)
{
  return g_strcmp0 (code, "scale") == 0 ? FL_ANSWER_TYPE_SCALE : FL_ANSWER_TYPE_YES_NO;
}

const char *
fl_criticality_to_code (FlCriticality criticality)
{
  switch (criticality)
    {
    case FL_CRITICALITY_CRITICAL:
      return "critical";
    case FL_CRITICALITY_SECTION_CRITICAL:
      return "section_critical";
    case FL_CRITICALITY_NONE:
    default:
      return "none";
    }
}

FlCriticality
fl_criticality_from_code (const char *code)
{
  if (g_strcmp0 (code, "critical") == 0)
    return FL_CRITICALITY_CRITICAL;
  if (g_strcmp0 (code, "section_critical") == 0)
    return FL_CRITICALITY_SECTION_CRITICAL;
  return FL_CRITICALITY_NONE;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-score"

#include "fl-score.h"
#include "fl-test-util.h"

/* Worked examples of the score arithmetic, one rule at a time. */

#define YES(points)   { FL_ANSWER_STATE_POINTS, points }
#define NO            { FL_ANSWER_STATE_POINTS, 0 }
#define NA            { FL_ANSWER_STATE_NOT_APPLICABLE, 0 }
#define UNANSWERED    { FL_ANSWER_STATE_UNANSWERED, 0 }

#define ITEM(section, max)           { section, max, FL_ANSWER_TYPE_YES_NO, FL_CRITICALITY_NONE, TRUE }
#define SCALE(section, max)          { section, max, FL_ANSWER_TYPE_SCALE, FL_CRITICALITY_NONE, TRUE }
#define CRITICAL(section, max)       { section, max, FL_ANSWER_TYPE_YES_NO, FL_CRITICALITY_CRITICAL, FALSE }
#define SECTION_CRITICAL(section, m) { section, m, FL_ANSWER_TYPE_YES_NO, FL_CRITICALITY_SECTION_CRITICAL, FALSE }

static const FlScoreSectionSpec two_plain[] = { { FALSE, 0 }, { FALSE, 0 } };

static FlScoreResult *
compute (const FlScoreSectionSpec *sections,
         guint                     n_sections,
         const FlScoreItemSpec    *items,
         guint                     n_items,
         const FlScoreAnswer      *answers)
{
  FlScoreResult *result = fl_score_compute (sections, n_sections, items, n_items, answers,
                                            FL_SCORE_DEFAULT_PASS_MARK);

  g_assert_nonnull (result);
  g_assert_cmpuint (result->n_items, ==, n_items);
  g_assert_cmpuint (result->n_answered + result->n_not_applicable + result->n_unanswered, ==, n_items);
  return result;
}

static void
test_plain_points (void)
{
  const FlScoreItemSpec items[] = { ITEM (0, 10), ITEM (0, 10), ITEM (1, 5) };
  const FlScoreAnswer answers[] = { YES (10), NO, YES (5) };
  g_autoptr(FlScoreResult) result = compute (two_plain, 2, items, 3, answers);

  /* 15 of 25 points. */
  g_assert_true (result->scorable);
  g_assert_cmpfloat_with_epsilon (result->score, 60.0, 1e-9);
  g_assert_false (result->passed);
  g_assert_false (result->auto_failed);
  g_assert_cmpint (result->failed_item, ==, -1);
  g_assert_true (result->complete);
  g_assert_cmpuint (result->n_answered, ==, 3);
  g_assert_cmpfloat_with_epsilon (result->sections[0].score, 50.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (result->sections[1].score, 100.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (result->sections[0].share, 0.8, 1e-9);
  g_assert_cmpfloat_with_epsilon (result->sections[1].share, 0.2, 1e-9);
}

static void
test_section_all_not_applicable (void)
{
  const FlScoreItemSpec items[] = { ITEM (0, 10), ITEM (0, 10), ITEM (1, 5), ITEM (1, 5) };
  const FlScoreAnswer answers[] = { YES (10), YES (10), NA, NA };
  g_autoptr(FlScoreResult) result = compute (two_plain, 2, items, 4, answers);

  /* The second section drops out: 20 of 20, not 20 of 30. */
  g_assert_true (result->scorable);
  g_assert_cmpfloat_with_epsilon (result->score, 100.0, 1e-9);
  g_assert_true (result->passed);
  g_assert_true (result->complete);
  g_assert_cmpuint (result->n_not_applicable, ==, 2);
  g_assert_true (result->sections[0].scorable);
  g_assert_false (result->sections[1].scorable);
  g_assert_cmpfloat (result->sections[1].share, ==, 0);
}

static void
test_everything_not_applicable (void)
{
  const FlScoreItemSpec items[] = { ITEM (0, 10), ITEM (1, 5) };
  const FlScoreAnswer answers[] = { NA, NA };
  g_autoptr(FlScoreResult) result = compute (two_plain, 2, items, 2, answers);

  g_assert_false (result->scorable);
  g_assert_cmpfloat (result->score, ==, 0);
  g_assert_false (result->passed);
  g_assert_false (result->auto_failed);
  /* Complete all the same: every item has an answer. */
  g_assert_true (result->complete);
  g_assert_false (result->sections[0].scorable);
  g_assert_false (result->sections[1].scorable);
}

static void
test_nothing_answered (void)
{
  const FlScoreItemSpec items[] = { ITEM (0, 10), CRITICAL (1, 5) };
  const FlScoreAnswer answers[] = { UNANSWERED, UNANSWERED };
  g_autoptr(FlScoreResult) result = compute (two_plain, 2, items, 2, answers);
  g_autoptr(FlScoreResult) empty = compute (two_plain, 2, NULL, 0, NULL);

  g_assert_false (result->scorable);
  g_assert_false (result->complete);
  g_assert_cmpuint (result->n_unanswered, ==, 2);
  /* An unanswered critical item fails nothing yet. */
  g_assert_false (result->auto_failed);

  g_assert_false (empty->scorable);
  g_assert_true (empty->complete);
}

static void
test_critical_failure (void)
{
  const FlScoreItemSpec items[] = { ITEM (0, 10), ITEM (0, 10), ITEM (1, 5), CRITICAL (1, 10) };
  const FlScoreAnswer answers[] = { YES (10), YES (10), YES (5), NO };
  g_autoptr(FlScoreResult) result = compute (two_plain, 2, items, 4, answers);

  /* 25 of 35 points would be 71.4 %; the critical item makes it 0. */
  g_assert_true (result->scorable);
  g_assert_true (result->auto_failed);
  g_assert_cmpint (result->failed_item, ==, 3);
  g_assert_cmpfloat (result->score, ==, 0);
  g_assert_false (result->passed);
  g_assert_true (result->complete);
  /* The sections still show what was scored, for the reviewer. */
  g_assert_cmpfloat_with_epsilon (result->sections[0].score, 100.0, 1e-9);
}

static void
test_critical_failure_beats_full_marks (void)
{
  const FlScoreItemSpec items[] = { ITEM (0, 90), CRITICAL (1, 10), CRITICAL (1, 10) };
  const FlScoreAnswer all_but_one[] = { YES (90), YES (10), NO };
  const FlScoreAnswer first_of_two[] = { YES (90), NO, NO };
  const FlScoreAnswer passes[] = { YES (90), YES (10), YES (10) };
  g_autoptr(FlScoreResult) failed = compute (two_plain, 2, items, 3, all_but_one);
  g_autoptr(FlScoreResult) both = compute (two_plain, 2, items, 3, first_of_two);
  g_autoptr(FlScoreResult) passed = compute (two_plain, 2, items, 3, passes);

  g_assert_true (failed->auto_failed);
  g_assert_cmpint (failed->failed_item, ==, 2);
  g_assert_false (failed->passed);
  /* The first failing critical item is the one named. */
  g_assert_cmpint (both->failed_item, ==, 1);
  g_assert_false (passed->auto_failed);
  g_assert_cmpint (passed->failed_item, ==, -1);
  g_assert_true (passed->passed);
  g_assert_cmpfloat_with_epsilon (passed->score, 100.0, 1e-9);
}

static void
test_critical_not_applicable (void)
{
  const FlScoreItemSpec items[] = { ITEM (0, 10), { 1, 10, FL_ANSWER_TYPE_YES_NO, FL_CRITICALITY_CRITICAL, TRUE } };
  const FlScoreAnswer not_applicable[] = { YES (10), NA };
  const FlScoreAnswer only_critical_fails[] = { NA, NO };
  g_autoptr(FlScoreResult) result = compute (two_plain, 2, items, 2, not_applicable);
  g_autoptr(FlScoreResult) failed = compute (two_plain, 2, items, 2, only_critical_fails);

  g_assert_false (result->auto_failed);
  g_assert_cmpfloat_with_epsilon (result->score, 100.0, 1e-9);
  /* Failed even when everything else is N/A: scorable, and 0. */
  g_assert_true (failed->auto_failed);
  g_assert_true (failed->scorable);
  g_assert_cmpfloat (failed->score, ==, 0);
}

static void
test_critical_scale (void)
{
  const FlScoreItemSpec items[] = { ITEM (0, 10), { 0, 5, FL_ANSWER_TYPE_SCALE, FL_CRITICALITY_CRITICAL, FALSE } };
  const FlScoreAnswer partly[] = { YES (10), YES (1) };
  const FlScoreAnswer bottom[] = { YES (10), NO };
  const FlScoreSectionSpec one[] = { { FALSE, 0 } };
  g_autoptr(FlScoreResult) partial = compute (one, 1, items, 2, partly);
  g_autoptr(FlScoreResult) failed = compute (one, 1, items, 2, bottom);

  /* Only the bottom of the scale fails a critical scale item. */
  g_assert_false (partial->auto_failed);
  g_assert_cmpfloat_with_epsilon (partial->score, 100.0 * 11 / 15, 1e-9);
  g_assert_true (failed->auto_failed);
}

static void
test_section_critical_failure (void)
{
  const FlScoreItemSpec items[] = { SECTION_CRITICAL (0, 10), ITEM (0, 10), ITEM (0, 10), ITEM (1, 20) };
  const FlScoreAnswer answers[] = { NO, YES (10), YES (10), YES (20) };
  g_autoptr(FlScoreResult) result = compute (two_plain, 2, items, 4, answers);

  /* The first section is 0 of 30, the second 20 of 20: 20 of 50. */
  g_assert_false (result->auto_failed);
  g_assert_cmpint (result->failed_item, ==, -1);
  g_assert_true (result->sections[0].scorable);
  g_assert_cmpfloat (result->sections[0].score, ==, 0);
  g_assert_cmpfloat (result->sections[0].earned, ==, 0);
  g_assert_cmpint (result->sections[0].failed_item, ==, 0);
  g_assert_cmpint (result->sections[1].failed_item, ==, -1);
  g_assert_cmpfloat_with_epsilon (result->sections[1].score, 100.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (result->score, 40.0, 1e-9);
  g_assert_false (result->passed);
}

static void
test_section_critical_with_weights (void)
{
  const FlScoreSectionSpec weights[] = { { TRUE, 30 }, { TRUE, 70 } };
  const FlScoreItemSpec items[] = { ITEM (0, 10), ITEM (1, 10), SECTION_CRITICAL (1, 5) };
  const FlScoreAnswer answers[] = { YES (10), YES (10), NO };
  g_autoptr(FlScoreResult) result = compute (weights, 2, items, 3, answers);

  /* 30 % × 100 + 70 % × 0. */
  g_assert_cmpfloat_with_epsilon (result->score, 30.0, 1e-9);
  g_assert_cmpint (result->sections[1].failed_item, ==, 2);
}

static void
test_weights_thirty_seventy (void)
{
  const FlScoreSectionSpec weights[] = { { TRUE, 30 }, { TRUE, 70 } };
  const FlScoreItemSpec items[] = { ITEM (0, 10), ITEM (0, 10), ITEM (1, 5) };
  const FlScoreAnswer answers[] = { YES (10), NO, YES (5) };
  g_autoptr(FlScoreResult) weighted = compute (weights, 2, items, 3, answers);
  g_autoptr(FlScoreResult) plain = compute (two_plain, 2, items, 3, answers);

  /* 30 % × 50 + 70 % × 100 = 85, where plain points give 15 of 25 = 60. */
  g_assert_cmpfloat_with_epsilon (weighted->score, 85.0, 1e-9);
  g_assert_true (weighted->passed);
  g_assert_cmpfloat_with_epsilon (weighted->sections[0].share, 0.3, 1e-9);
  g_assert_cmpfloat_with_epsilon (weighted->sections[1].share, 0.7, 1e-9);
  g_assert_cmpfloat_with_epsilon (plain->score, 60.0, 1e-9);
  g_assert_false (plain->passed);
}

static void
test_weights_renormalised (void)
{
  const FlScoreSectionSpec weights[] = { { TRUE, 30 }, { TRUE, 70 }, { TRUE, 100 } };
  const FlScoreItemSpec items[] = { ITEM (0, 10), ITEM (1, 10), ITEM (1, 10), ITEM (2, 4) };
  const FlScoreAnswer answers[] = { NA, YES (10), NO, UNANSWERED };
  g_autoptr(FlScoreResult) result = compute (weights, 3, items, 4, answers);

  /* Only the second section is scorable: its 50 % is the whole score. */
  g_assert_cmpfloat_with_epsilon (result->score, 50.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (result->sections[1].share, 1.0, 1e-9);
  g_assert_cmpfloat (result->sections[0].share, ==, 0);
  g_assert_cmpfloat (result->sections[2].share, ==, 0);
  g_assert_false (result->complete);
}

static void
test_weights_mixed (void)
{
  /* 25 + 50 weighted 30/70, and an unweighted section of 25 of the 100
   * points: it keeps its quarter, the others share the other 75 % 30:70. */
  const FlScoreSectionSpec weights[] = { { TRUE, 30 }, { TRUE, 70 }, { FALSE, 0 } };
  const FlScoreItemSpec items[] = { ITEM (0, 25), ITEM (1, 25), ITEM (1, 25), ITEM (2, 25) };
  const FlScoreAnswer answers[] = { YES (25), YES (25), NO, NO };
  g_autoptr(FlScoreResult) result = compute (weights, 3, items, 4, answers);

  g_assert_cmpfloat_with_epsilon (result->sections[2].share, 0.25, 1e-9);
  g_assert_cmpfloat_with_epsilon (result->sections[0].share, 0.225, 1e-9);
  g_assert_cmpfloat_with_epsilon (result->sections[1].share, 0.525, 1e-9);
  /* 0.225 × 100 + 0.525 × 50 + 0.25 × 0 */
  g_assert_cmpfloat_with_epsilon (result->score, 48.75, 1e-9);
}

static void
test_weights_all_zero (void)
{
  const FlScoreSectionSpec weights[] = { { TRUE, 0 }, { TRUE, 0 } };
  const FlScoreItemSpec items[] = { ITEM (0, 10), ITEM (1, 30) };
  const FlScoreAnswer answers[] = { YES (10), NO };
  g_autoptr(FlScoreResult) result = compute (weights, 2, items, 2, answers);

  /* Nothing to weigh by: plain points, 10 of 40. */
  g_assert_cmpfloat_with_epsilon (result->score, 25.0, 1e-9);
}

static void
test_weights_equal_to_plain (void)
{
  /* Weights in proportion to the points give the same as no weights. */
  const FlScoreSectionSpec weights[] = { { TRUE, 2 }, { TRUE, 1 } };
  const FlScoreItemSpec items[] = { ITEM (0, 10), ITEM (0, 10), ITEM (1, 10) };
  const FlScoreAnswer answers[] = { YES (10), NO, YES (10) };
  g_autoptr(FlScoreResult) weighted = compute (weights, 2, items, 3, answers);
  g_autoptr(FlScoreResult) plain = compute (two_plain, 2, items, 3, answers);

  g_assert_cmpfloat_with_epsilon (weighted->score, plain->score, 1e-9);
}

static void
test_rounding_at_pass_mark (void)
{
  const FlScoreSectionSpec one[] = { { FALSE, 0 } };
  const FlScoreItemSpec items[] = { SCALE (0, 2000) };
  const FlScoreAnswer just[] = { YES (1599) };
  const FlScoreAnswer short_of[] = { YES (1598) };
  g_autoptr(FlScoreResult) result = compute (one, 1, items, 1, just);
  g_autoptr(FlScoreResult) below = compute (one, 1, items, 1, short_of);
  g_autofree char *shown = fl_score_format (result->score);
  g_autofree char *shown_below = fl_score_format (below->score);

  /* 1599 of 2000 is 79.95 %: shown as 80.0 and so it passes; the score
   * itself keeps its precision. */
  g_assert_cmpfloat (result->score, <, 80.0);
  g_assert_cmpfloat_with_epsilon (result->score, 79.95, 1e-9);
  g_assert_cmpstr (shown, ==, "80.0");
  g_assert_true (result->passed);
  /* 1598 of 2000 is 79.9 %. */
  g_assert_cmpstr (shown_below, ==, "79.9");
  g_assert_false (below->passed);
}

static void
test_rounding (void)
{
  g_assert_cmpfloat (fl_score_round (79.95), ==, 80.0);
  g_assert_cmpfloat (fl_score_round (79.949), ==, 79.9);
  g_assert_cmpfloat (fl_score_round (100.0 * 1599 / 2000), ==, 80.0);
  g_assert_cmpfloat (fl_score_round (0.05), ==, 0.1);
  g_assert_cmpfloat (fl_score_round (-0.05), ==, -0.1);
  g_assert_cmpfloat (fl_score_round (99.96), ==, 100.0);
  g_assert_cmpfloat (fl_score_round (0), ==, 0);
  g_assert_cmpfloat (fl_score_round (100.0 * 2 / 3), ==, 66.7);
  g_assert_cmpfloat (fl_score_round (100.0 / 3), ==, 33.3);

  g_assert_true (fl_score_passes (80.0, 80.0));
  g_assert_true (fl_score_passes (79.95, 80.0));
  g_assert_false (fl_score_passes (79.94, 80.0));
  g_assert_true (fl_score_passes (0, 0));
  g_assert_false (fl_score_passes (99.94, 100.0));
  g_assert_true (fl_score_passes (99.95, 100.0));
}

static void
test_pass_mark_from_template (void)
{
  const FlScoreSectionSpec one[] = { { FALSE, 0 } };
  const FlScoreItemSpec items[] = { ITEM (0, 10), ITEM (0, 10) };
  const FlScoreAnswer answers[] = { YES (10), NO };
  g_autoptr(FlScoreResult) at_fifty = fl_score_compute (one, 1, items, 2, answers, 50.0);
  g_autoptr(FlScoreResult) at_sixty = fl_score_compute (one, 1, items, 2, answers, 60.0);

  g_assert_true (at_fifty->passed);
  g_assert_false (at_sixty->passed);
}

static void
test_scale_partial (void)
{
  const FlScoreSectionSpec one[] = { { FALSE, 0 } };
  const FlScoreItemSpec items[] = { SCALE (0, 5), ITEM (0, 5), SCALE (0, 10) };
  const FlScoreAnswer answers[] = { YES (3), YES (5), YES (7) };
  g_autoptr(FlScoreResult) result = compute (one, 1, items, 3, answers);

  /* 3 + 5 + 7 of 20. */
  g_assert_cmpfloat_with_epsilon (result->score, 75.0, 1e-9);
  g_assert_cmpfloat (result->sections[0].earned, ==, 15);
  g_assert_cmpfloat (result->sections[0].possible, ==, 20);
  g_assert_false (result->passed);
}

static void
test_unanswered_not_counted (void)
{
  const FlScoreItemSpec items[] = { ITEM (0, 10), ITEM (0, 10), ITEM (1, 10) };
  const FlScoreAnswer answers[] = { YES (10), UNANSWERED, YES (10) };
  g_autoptr(FlScoreResult) result = compute (two_plain, 2, items, 3, answers);

  /* 20 of the 20 answered so far, but not complete. */
  g_assert_cmpfloat_with_epsilon (result->score, 100.0, 1e-9);
  g_assert_true (result->passed);
  g_assert_false (result->complete);
  g_assert_cmpuint (result->n_answered, ==, 2);
  g_assert_cmpuint (result->n_unanswered, ==, 1);
  g_assert_cmpuint (result->n_not_applicable, ==, 0);
}

static void
test_points_out_of_range (void)
{
  const FlScoreSectionSpec one[] = { { FALSE, 0 } };
  const FlScoreItemSpec items[] = { SCALE (0, 5), SCALE (0, 5) };
  const FlScoreAnswer answers[] = { YES (9), YES (-3) };
  g_autoptr(FlScoreResult) result = compute (one, 1, items, 2, answers);

  /* Stored answers are checked by the service; here they are only clamped. */
  g_assert_cmpfloat (result->sections[0].earned, ==, 5);
  g_assert_cmpfloat_with_epsilon (result->score, 50.0, 1e-9);
}

static void
test_failing_answers (void)
{
  const FlScoreItemSpec plain = ITEM (0, 10);
  const FlScoreItemSpec critical = CRITICAL (0, 10);
  const FlScoreItemSpec section_critical = SECTION_CRITICAL (0, 10);
  const FlScoreAnswer no = NO, yes = YES (10), na = NA, unanswered = UNANSWERED;

  g_assert_false (fl_score_answer_is_failing (&plain, &no));
  g_assert_true (fl_score_answer_is_failing (&critical, &no));
  g_assert_true (fl_score_answer_is_failing (&section_critical, &no));
  g_assert_false (fl_score_answer_is_failing (&critical, &yes));
  g_assert_false (fl_score_answer_is_failing (&critical, &na));
  g_assert_false (fl_score_answer_is_failing (&critical, &unanswered));
}

static void
test_codes (void)
{
  g_assert_cmpstr (fl_answer_type_to_code (FL_ANSWER_TYPE_YES_NO), ==, "yes_no");
  g_assert_cmpstr (fl_answer_type_to_code (FL_ANSWER_TYPE_SCALE), ==, "scale");
  g_assert_cmpint (fl_answer_type_from_code ("scale"), ==, FL_ANSWER_TYPE_SCALE);
  g_assert_cmpint (fl_answer_type_from_code ("yes_no"), ==, FL_ANSWER_TYPE_YES_NO);
  for (FlCriticality c = FL_CRITICALITY_NONE; c <= FL_CRITICALITY_SECTION_CRITICAL; c++)
    g_assert_cmpint (fl_criticality_from_code (fl_criticality_to_code (c)), ==, c);
  g_assert_cmpstr (fl_criticality_to_code (FL_CRITICALITY_SECTION_CRITICAL), ==, "section_critical");
  g_assert_true (G_TYPE_IS_ENUM (FL_TYPE_ANSWER_STATE));
}

int
main (int   argc,
      char *argv[])
{
  fl_test_init (&argc, &argv);

  g_test_add_func ("/score/points/plain", test_plain_points);
  g_test_add_func ("/score/points/scale-partly-scored", test_scale_partial);
  g_test_add_func ("/score/points/out-of-range-clamped", test_points_out_of_range);
  g_test_add_func ("/score/points/pass-mark-from-template", test_pass_mark_from_template);
  g_test_add_func ("/score/not-applicable/section-all-na", test_section_all_not_applicable);
  g_test_add_func ("/score/not-applicable/everything-na", test_everything_not_applicable);
  g_test_add_func ("/score/unanswered/not-counted-not-complete", test_unanswered_not_counted);
  g_test_add_func ("/score/unanswered/nothing-answered", test_nothing_answered);
  g_test_add_func ("/score/critical/fails-everything", test_critical_failure);
  g_test_add_func ("/score/critical/beats-full-marks", test_critical_failure_beats_full_marks);
  g_test_add_func ("/score/critical/not-applicable", test_critical_not_applicable);
  g_test_add_func ("/score/critical/scale-bottom-fails", test_critical_scale);
  g_test_add_func ("/score/critical/which-answers-fail", test_failing_answers);
  g_test_add_func ("/score/section-critical/zeroes-section", test_section_critical_failure);
  g_test_add_func ("/score/section-critical/with-weights", test_section_critical_with_weights);
  g_test_add_func ("/score/weights/thirty-seventy", test_weights_thirty_seventy);
  g_test_add_func ("/score/weights/renormalised", test_weights_renormalised);
  g_test_add_func ("/score/weights/some-sections-unweighted", test_weights_mixed);
  g_test_add_func ("/score/weights/all-zero", test_weights_all_zero);
  g_test_add_func ("/score/weights/proportional-equals-plain", test_weights_equal_to_plain);
  g_test_add_func ("/score/rounding/pass-mark-edge", test_rounding_at_pass_mark);
  g_test_add_func ("/score/rounding/half-away-from-zero", test_rounding);
  g_test_add_func ("/score/codes", test_codes);

  return g_test_run ();
}

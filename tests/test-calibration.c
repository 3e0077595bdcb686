/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-calibration"

#include "evaluation-fixture.h"
#include "fl-calibration-deviation.h"
#include "fl-calibration-service.h"
#include "fl-qa-error.h"

/* Calibration sessions (校准) on a real database. 孟晓丽 (qa, account 1) is
 * the reference; 李娜 (qa2, account 3) and 张强 (lead, account 2) score
 * 王芳's call 1 beside her. The scorecard: greeting (yes/no, 10), tone
 * (0–5) and never argued (critical, 10), so a score is (points of 25). */

typedef struct
{
  Fixture               base;
  FlCalibrationService *calibration;
  gint64                session_id;
} CalibrationFixture;

static void
calibration_setup (CalibrationFixture *fixture,
                   gconstpointer       data)
{
  g_autoptr(GError) error = NULL;
  const gint64 scorers[] = { 3, 2 };

  fixture_setup (&fixture->base, data);
  fixture->calibration = fl_calibration_service_new (fixture->base.db.database);
  fixture->session_id = fl_calibration_service_create (fixture->calibration, fixture->base.qa, 1,
                                                       fixture->base.template_id, 1, scorers,
                                                       G_N_ELEMENTS (scorers), "March greeting check",
                                                       &error);
  g_assert_no_error (error);
  g_assert_cmpint (fixture->session_id, >, 0);
}

static void
calibration_teardown (CalibrationFixture *fixture,
                      gconstpointer       data)
{
  g_clear_object (&fixture->calibration);
  fixture_teardown (&fixture->base, data);
}

/* Scores call 1: greeting, tone, never argued. */
static FlEvaluation *
score (CalibrationFixture *fixture,
       FlSession          *scorer,
       int                 greeting,
       int                 tone,
       gboolean            submit)
{
  FlEvaluation *evaluation = fixture_start (&fixture->base, scorer, 1);

  fixture_answer_all (&fixture->base, scorer, evaluation, tone);
  fixture_answer (&fixture->base, scorer, evaluation, fixture->base.greeting, FL_ANSWER_STATE_POINTS, greeting);
  if (submit)
    fixture_submit (&fixture->base, scorer, evaluation);
  return evaluation;
}

static void
close_session (CalibrationFixture *fixture)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (fl_calibration_service_close (fixture->calibration, fixture->base.qa, fixture->session_id,
                                               &error));
  g_assert_no_error (error);
}

static void
test_blind_until_closed (CalibrationFixture *fixture,
                         gconstpointer       data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlEvaluation) mine = score (fixture, fixture->base.qa2, 0, 5, TRUE);
  g_autoptr(FlEvaluation) reference = NULL;
  g_autoptr(FlEvaluation) seen = NULL;
  g_autoptr(GListModel) listed = NULL;
  g_autoptr(GListModel) notes = NULL;
  g_autoptr(FlCalibrationResult) result = NULL;

  g_assert_cmpint (fixture_count (&fixture->base, "SELECT count(*) FROM evaluations WHERE purpose = 'calibration'"),
                   ==, 1);
  g_assert_cmpint (fixture_count (&fixture->base, "SELECT count(*) FROM calibration_scorers "
                                                  "WHERE account_id = 3 AND evaluation_id IS NOT NULL"), ==, 1);
  g_assert_true (fl_evaluation_service_add_note (fixture->base.service, fixture->base.qa2, 1, 4000, -1,
                                                 "No greeting here", 0, &error) > 0);
  g_assert_no_error (error);

  /* The lead, another scorer, sees neither her evaluation nor her note. */
  listed = fl_evaluation_service_list_for_recording (fixture->base.service, fixture->base.lead, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (listed), ==, 0);
  g_clear_object (&listed);
  listed = fl_evaluation_service_list_for_agent (fixture->base.service, fixture->base.lead, 1, &error);
  g_assert_cmpuint (g_list_model_get_n_items (listed), ==, 0);
  g_clear_object (&listed);
  notes = fl_evaluation_service_list_notes (fixture->base.service, fixture->base.lead, 1, &error);
  g_assert_cmpuint (g_list_model_get_n_items (notes), ==, 0);
  g_clear_object (&notes);
  seen = fl_evaluation_service_load (fixture->base.service, fixture->base.lead, fl_evaluation_get_id (mine), &error);
  g_assert_error (error, FL_EVALUATION_ERROR, FL_EVALUATION_ERROR_BLIND);
  g_assert_null (seen);
  g_clear_error (&error);
  result = fl_calibration_service_get_result (fixture->calibration, fixture->base.qa, fixture->session_id, &error);
  g_assert_error (error, FL_QA_ERROR, FL_QA_ERROR_BLIND);
  g_assert_null (result);
  g_clear_error (&error);

  /* She sees her own; the library shows no score from a calibration. */
  listed = fl_evaluation_service_list_for_recording (fixture->base.service, fixture->base.qa2, 1, &error);
  g_assert_cmpuint (g_list_model_get_n_items (listed), ==, 1);
  g_clear_object (&listed);
  fixture_assert_summary (&fixture->base, 1, "none - -");

  /* Closed: everyone sees everything. */
  reference = score (fixture, fixture->base.qa, 10, 5, TRUE);
  close_session (fixture);
  listed = fl_evaluation_service_list_for_recording (fixture->base.service, fixture->base.lead, 1, &error);
  g_assert_cmpuint (g_list_model_get_n_items (listed), ==, 2);
  notes = fl_evaluation_service_list_notes (fixture->base.service, fixture->base.lead, 1, &error);
  g_assert_cmpuint (g_list_model_get_n_items (notes), ==, 1);
  seen = fl_evaluation_service_load (fixture->base.service, fixture->base.lead, fl_evaluation_get_id (mine), &error);
  g_assert_no_error (error);
  g_assert_nonnull (seen);
}

/* Reference 100 % (25 of 25); 李娜 60 % (greeting missed: 15 of 25);
 * 张强 96 % (tone 4: 24 of 25). The mean is 85.33 %. */
static void
test_result (CalibrationFixture *fixture,
             gconstpointer       data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlEvaluation) reference = score (fixture, fixture->base.qa, 10, 5, TRUE);
  g_autoptr(FlEvaluation) second = score (fixture, fixture->base.qa2, 0, 5, TRUE);
  g_autoptr(FlEvaluation) third = score (fixture, fixture->base.lead, 10, 4, TRUE);
  g_autoptr(FlCalibrationResult) result = NULL;
  g_autoptr(GListModel) deviations = NULL;
  const FlCalibrationDeviationFields *first;

  close_session (fixture);
  result = fl_calibration_service_get_result (fixture->calibration, fixture->base.lead, fixture->session_id, &error);
  g_assert_no_error (error);

  /* The reference first, then by name: 孟晓丽, 张强, 李娜 (by code point). */
  g_assert_cmpuint (fl_calibration_result_get_n_scorers (result), ==, 3);
  g_assert_true (fl_calibration_result_get_scorer (result, 0)->is_reference);
  g_assert_cmpstr (fl_calibration_result_get_scorer (result, 0)->name, ==, "孟晓丽");
  g_assert_cmpstr (fl_calibration_result_get_scorer (result, 1)->name, ==, "张强");
  g_assert_cmpstr (fl_calibration_result_get_scorer (result, 2)->name, ==, "李娜");
  g_assert_cmpuint (fl_calibration_result_get_n_items (result), ==, 3);
  g_assert_cmpstr (fl_calibration_result_get_item_text (result, 0), ==, "Standard greeting");

  /* Per item: the greeting and the tone each split the two others. */
  g_assert_cmpfloat_with_epsilon (fl_calibration_result_get_agreement (result, 0), 0.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (fl_calibration_result_get_agreement (result, 1), 0.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (fl_calibration_result_get_agreement (result, 2), 1.0, 1e-9);
  g_assert_cmpint (fl_calibration_result_get_answer (result, 0, 2)->points, ==, 0);
  g_assert_cmpint (fl_calibration_result_get_item_deviation (result, 0, 2), ==, -10);
  g_assert_cmpint (fl_calibration_result_get_item_deviation (result, 1, 1), ==, -1);
  g_assert_cmpfloat_with_epsilon (fl_calibration_result_get_item_mean_deviation (result, 0, 2), -20.0 / 3, 1e-9);

  /* Per scorer: 李娜 is 40 points off the reference, past the default
   * tolerance of 10; 张强 is 4 off. */
  g_assert_cmpfloat_with_epsilon (fl_calibration_result_get_deviation (result, 0), 0, 1e-9);
  g_assert_cmpfloat_with_epsilon (fl_calibration_result_get_deviation (result, 1), -4, 1e-9);
  g_assert_cmpfloat_with_epsilon (fl_calibration_result_get_deviation (result, 2), -40, 1e-9);
  g_assert_cmpfloat_with_epsilon (fl_calibration_result_get_mean_deviation (result, 2), 60 - 256.0 / 3, 1e-9);
  g_assert_false (fl_calibration_result_is_far_off (result, 0));
  g_assert_false (fl_calibration_result_is_far_off (result, 1));
  g_assert_true (fl_calibration_result_is_far_off (result, 2));

  /* Over time: one session this month for each of the two. */
  deviations = fl_calibration_service_list_deviations (fixture->calibration, fixture->base.lead, "2000-01",
                                                       "2999-12", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (deviations), ==, 2);
  first = fl_calibration_deviation_get_fields (g_list_model_get_item (deviations, 0));
  g_object_unref (g_list_model_get_item (deviations, 0));
  g_assert_cmpstr (first->auditor_name, ==, "张强");
  g_assert_cmpuint (first->sessions, ==, 1);
  g_assert_cmpfloat_with_epsilon (first->mean_deviation, 4, 1e-9);
}

/* A scorer's draft is not an answer; the session closes only once the
 * reference has submitted, and only once. */
static void
test_close (CalibrationFixture *fixture,
            gconstpointer       data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlEvaluation) reference = score (fixture, fixture->base.qa, 10, 5, FALSE);
  g_autoptr(FlEvaluation) draft = score (fixture, fixture->base.qa2, 0, 5, FALSE);
  g_autoptr(FlCalibrationResult) result = NULL;

  g_assert_false (fl_calibration_service_close (fixture->calibration, fixture->base.qa, fixture->session_id,
                                                &error));
  g_assert_error (error, FL_QA_ERROR, FL_QA_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (fl_calibration_service_close (fixture->calibration, fixture->base.lead, fixture->session_id,
                                                &error));
  g_assert_error (error, FL_SESSION_ERROR, FL_SESSION_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);

  fixture_submit (&fixture->base, fixture->base.qa, reference);
  close_session (fixture);
  g_assert_false (fl_calibration_service_close (fixture->calibration, fixture->base.qa, fixture->session_id,
                                                &error));
  g_assert_error (error, FL_QA_ERROR, FL_QA_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (fixture_count (&fixture->base, "SELECT count(*) FROM audit_log WHERE entity = 'calibration_sessions'"),
                   ==, 2);

  result = fl_calibration_service_get_result (fixture->calibration, fixture->base.qa, fixture->session_id, &error);
  g_assert_no_error (error);
  g_assert_false (fl_calibration_result_get_scorer (result, 2)->submitted);
  g_assert_cmpint (fl_calibration_result_get_answer (result, 0, 2)->state, ==, FL_ANSWER_STATE_UNANSWERED);
  /* Only the submitted count: the other submitted scorer is the lead, who did not score. */
  g_assert_cmpfloat_with_epsilon (fl_calibration_result_get_agreement (result, 0), 1.0, 1e-9);
}

/* Who may run a session, and with whom. */
static void
test_refusals (CalibrationFixture *fixture,
               gconstpointer       data)
{
  g_autoptr(GError) error = NULL;
  const gint64 qa2[] = { 3 };
  const gint64 with_agent[] = { 1 };

  /* A team lead does not run calibration. */
  g_assert_cmpint (fl_calibration_service_create (fixture->calibration, fixture->base.lead, 3,
                                                  fixture->base.template_id, 1, qa2, 1, NULL, &error), ==, 0);
  g_assert_error (error, FL_SESSION_ERROR, FL_SESSION_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  /* Call 1 already has an open session. */
  g_assert_cmpint (fl_calibration_service_create (fixture->calibration, fixture->base.qa, 1,
                                                  fixture->base.template_id, 1, qa2, 1, NULL, &error), ==, 0);
  g_assert_error (error, FL_QA_ERROR, FL_QA_ERROR_INVALID);
  g_clear_error (&error);
  /* 孟晓丽 is the agent on call 2. */
  g_assert_cmpint (fl_calibration_service_create (fixture->calibration, fixture->base.qa2, 2,
                                                  fixture->base.template_id, 3, with_agent, 1, NULL, &error), ==, 0);
  g_assert_error (error, FL_QA_ERROR, FL_QA_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "孟晓丽"));
  g_clear_error (&error);
  /* The reference alone is not a session. */
  g_assert_cmpint (fl_calibration_service_create (fixture->calibration, fixture->base.qa, 3,
                                                  fixture->base.template_id, 1, NULL, 0, NULL, &error), ==, 0);
  g_assert_error (error, FL_QA_ERROR, FL_QA_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (fixture_count (&fixture->base, "SELECT count(*) FROM calibration_sessions"), ==, 1);
}

/* A scorer's earlier QA evaluation of the call stays apart from their
 * calibration scoring, which never counts for the agent's results. */
static void
test_apart_from_qa (CalibrationFixture *fixture,
                    gconstpointer       data)
{
  g_autoptr(FlEvaluation) calibration = score (fixture, fixture->base.qa2, 10, 5, TRUE);
  g_autoptr(FlEvaluation) reference = score (fixture, fixture->base.qa, 10, 5, TRUE);
  g_autoptr(FlEvaluation) again = NULL;

  close_session (fixture);
  again = fixture_start (&fixture->base, fixture->base.qa2, 1);
  g_assert_cmpint (fl_evaluation_get_id (again), !=, fl_evaluation_get_id (calibration));
  g_assert_cmpint (fixture_count (&fixture->base, "SELECT count(*) FROM evaluations WHERE purpose = 'calibration'"),
                   ==, 2);
  g_assert_cmpint (fixture_count (&fixture->base, "SELECT count(*) FROM evaluations WHERE purpose = 'qa'"), ==, 1);
}

#define CALIBRATION_TEST(path, test) \
  g_test_add (path, CalibrationFixture, NULL, calibration_setup, test, calibration_teardown)

int
main (int    argc,
      char **argv)
{
  fl_test_init (&argc, &argv);

  CALIBRATION_TEST ("/calibration/blind-until-closed", test_blind_until_closed);
  CALIBRATION_TEST ("/calibration/result", test_result);
  CALIBRATION_TEST ("/calibration/close", test_close);
  CALIBRATION_TEST ("/calibration/refusals", test_refusals);
  CALIBRATION_TEST ("/calibration/apart-from-qa", test_apart_from_qa);

  return g_test_run ();
}

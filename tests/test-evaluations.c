/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-evaluations"

#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>

#include "evaluation-fixture.h"

/* Opening a call to listen writes nothing; the first answer starts the
 * draft, with the time already spent and the notes already pinned. */
static void
test_draft_starts_on_first_answer (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlEvaluation) evaluation = fixture_open (fixture, fixture->qa, 1);
  g_autoptr(FlEvaluation) again = NULL;
  gint64 note_id;

  g_assert_cmpint (fl_evaluation_get_id (evaluation), ==, 0);
  g_assert_cmpint (fl_evaluation_get_state (evaluation), ==, FL_EVALUATION_STATE_DRAFT);
  g_assert_cmpstr (fl_evaluation_get_agent_name (evaluation), ==, "王芳");
  g_assert_cmpuint (fl_scorecard_get_n_items (fl_evaluation_get_scorecard (evaluation)), ==, 3);
  g_assert_true (fl_evaluation_service_add_review_time (fixture->service, fixture->qa, evaluation, 40, &error));
  note_id = fl_evaluation_service_add_note (fixture->service, fixture->qa, 1, 2000, -1, "Greeting late",
                                            fixture->greeting, &error);
  g_assert_no_error (error);
  g_assert_cmpint (fixture_count (fixture, "SELECT count(*) FROM evaluations"), ==, 0);
  g_assert_cmpint (fixture_count (fixture, "SELECT count(*) FROM audit_log WHERE entity = 'evaluations'"), ==, 0);
  fixture_assert_summary (fixture, 1, "none - -");

  /* Reopened before any answer: still nothing stored, still unsaved. */
  again = fixture_open (fixture, fixture->qa, 1);
  g_assert_cmpint (fl_evaluation_get_id (again), ==, 0);

  /* A refused answer leaves no empty draft behind. */
  g_assert_false (fl_evaluation_service_set_answer (fixture->service, fixture->qa, evaluation, fixture->greeting,
                                                    FL_ANSWER_STATE_POINTS, 11, &error));
  g_assert_error (error, FL_EVALUATION_ERROR, FL_EVALUATION_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (fl_evaluation_get_id (evaluation), ==, 0);
  g_assert_cmpint (fixture_count (fixture, "SELECT count(*) FROM evaluations"), ==, 0);

  fixture_answer (fixture, fixture->qa, evaluation, fixture->greeting, FL_ANSWER_STATE_POINTS, 10);
  g_assert_cmpint (fl_evaluation_get_id (evaluation), >, 0);
  g_assert_cmpint (fixture_count (fixture, "SELECT count(*) FROM evaluations"), ==, 1);
  g_assert_cmpint (fixture_count (fixture, "SELECT review_seconds FROM evaluations"), ==, 40);
  g_assert_cmpint (fl_evaluation_get_review_seconds (evaluation), ==, 40);
  g_assert_cmpint (fixture_count (fixture, "SELECT count(*) FROM audit_log WHERE action = 'start'"), ==, 1);
  g_assert_cmpint (fixture_count (fixture, "SELECT evaluation_id FROM recording_notes"), ==,
                   fl_evaluation_get_id (evaluation));
  g_assert_cmpint (fixture_count (fixture, "SELECT item_id FROM recording_notes"), ==, fixture->greeting);
  g_assert_cmpint (note_id, >, 0);
  fixture_assert_summary (fixture, 1, "draft - -");

  /* The other unsaved copy of the same draft writes into it, not beside it. */
  fixture_answer (fixture, fixture->qa, again, fixture->argue, FL_ANSWER_STATE_POINTS, 10);
  g_assert_cmpint (fl_evaluation_get_id (again), ==, fl_evaluation_get_id (evaluation));
  g_assert_cmpint (fixture_count (fixture, "SELECT count(*) FROM evaluations"), ==, 1);
}

static void
test_start_and_resume (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(FlEvaluation) evaluation = fixture_start (fixture, fixture->qa, 1);
  g_autoptr(FlEvaluation) resumed = NULL;
  g_autoptr(FlEvaluation) after_submit = NULL;
  g_autoptr(FlEvaluation) other = NULL;

  g_assert_cmpint (fl_evaluation_get_state (evaluation), ==, FL_EVALUATION_STATE_DRAFT);
  g_assert_cmpint (fl_evaluation_get_recording_id (evaluation), ==, 1);
  g_assert_cmpint (fl_evaluation_get_template_id (evaluation), ==, fixture->template_id);
  g_assert_cmpstr (fl_evaluation_get_template_name (evaluation), ==, "Inbound");
  g_assert_cmpint (fl_evaluation_get_template_version (evaluation), ==, 1);
  g_assert_cmpstr (fl_evaluation_get_evaluator_name (evaluation), ==, "孟晓丽");
  g_assert_cmpint (fl_evaluation_get_agent_id (evaluation), ==, 1);
  g_assert_cmpstr (fl_evaluation_get_agent_name (evaluation), ==, "王芳");
  g_assert_cmpstr (fl_evaluation_get_recording_started_at (evaluation), ==, "2026-03-02T01:00:00Z");
  g_assert_false (fl_evaluation_get_scorable (evaluation));
  g_assert_cmpint (fl_evaluation_get_revision (evaluation), ==, 1);
  g_assert_nonnull (fl_evaluation_get_scorecard (evaluation));
  g_assert_cmpuint (fl_scorecard_get_n_items (fl_evaluation_get_scorecard (evaluation)), ==, 3);
  fixture_assert_summary (fixture, 1, "draft - -");
  g_assert_cmpint (fixture_count (fixture, "SELECT count(*) FROM audit_log WHERE action = 'start'"), ==, 1);

  /* The same reviewer resumes the same draft. */
  fixture_answer (fixture, fixture->qa, evaluation, fixture->greeting, FL_ANSWER_STATE_POINTS, 10);
  resumed = fixture_start (fixture, fixture->qa, 1);
  g_assert_cmpint (fl_evaluation_get_id (resumed), ==, fl_evaluation_get_id (evaluation));
  g_assert_cmpint (fl_evaluation_get_answer (resumed, fixture->greeting, NULL), ==, FL_ANSWER_STATE_POINTS);
  g_assert_cmpint (fixture_count (fixture, "SELECT count(*) FROM evaluations"), ==, 1);

  /* Submitted, it is still the one that opens: no second evaluation behind its back. */
  fixture_answer_all (fixture, fixture->qa, evaluation, 5);
  fixture_submit (fixture, fixture->qa, evaluation);
  after_submit = fixture_start (fixture, fixture->qa, 1);
  g_assert_cmpint (fl_evaluation_get_id (after_submit), ==, fl_evaluation_get_id (evaluation));
  g_assert_cmpint (fl_evaluation_get_state (after_submit), ==, FL_EVALUATION_STATE_SUBMITTED);

  /* Another reviewer gets their own. */
  other = fixture_start (fixture, fixture->qa2, 1);
  g_assert_cmpint (fl_evaluation_get_id (other), !=, fl_evaluation_get_id (evaluation));
  g_assert_cmpint (fixture_count (fixture, "SELECT count(*) FROM evaluations"), ==, 2);
}

static void
test_own_call_refused (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlEvaluation) by_lead = NULL;

  g_assert_null (fl_evaluation_service_start (fixture->service, fixture->qa, 2, fixture->template_id, &error));
  g_assert_error (error, FL_EVALUATION_ERROR, FL_EVALUATION_ERROR_OWN_CALL);
  g_assert_cmpstr (error->message, ==,
                   "This is a recording of your own call. Another QA auditor or your team lead must evaluate it.");
  g_assert_cmpint (fixture_count (fixture, "SELECT count(*) FROM evaluations"), ==, 0);
  fixture_assert_summary (fixture, 2, "none - -");

  /* Someone else may. */
  by_lead = fixture_start (fixture, fixture->lead, 2);
  g_assert_cmpint (fl_evaluation_get_evaluator_id (by_lead), ==, 2);
}

static void
test_start_newest_version (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlEvaluation) first = fixture_start (fixture, fixture->qa, 1);
  g_autoptr(FlScorecard) stored = fl_scorecard_service_load (fixture->scorecards, fixture->template_id, NULL);
  g_autoptr(FlScorecard) edited = fl_scorecard_copy (stored);
  g_autoptr(FlSession) editor = fl_test_session (FL_ROLE_QA_AUDITOR);
  g_autoptr(FlEvaluation) second = NULL;
  gint64 first_id = fl_evaluation_get_id (first);
  gint64 new_id;

  fl_scorecard_set_pass_mark (edited, 90);
  new_id = fl_scorecard_service_save (fixture->scorecards, editor, edited, &error);
  g_assert_no_error (error);
  g_assert_cmpint (new_id, !=, fixture->template_id);

  /* Asked with the old version's id, a new evaluation uses the newest version … */
  second = fixture_start (fixture, fixture->qa, 3);
  g_assert_cmpint (fl_evaluation_get_template_id (second), ==, new_id);
  g_assert_cmpint (fl_evaluation_get_template_version (second), ==, 2);
  /* … while the first keeps the one it was started on. */
  g_clear_object (&first);
  first = fl_evaluation_service_load (fixture->service, fixture->qa, first_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (fl_evaluation_get_template_id (first), ==, fixture->template_id);

  /* An archived template starts nothing new. */
  g_assert_true (fl_scorecard_service_set_archived (fixture->scorecards, editor, new_id, TRUE, &error));
  g_assert_null (fl_evaluation_service_start (fixture->service, fixture->qa2, 3, new_id, &error));
  g_assert_error (error, FL_EVALUATION_ERROR, FL_EVALUATION_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "The scorecard “Inbound” is archived. Choose another scorecard.");
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *counter)
{
  (*counter)++;
}

static void
count_signal (FlEvaluation *evaluation,
              guint        *counter)
{
  (*counter)++;
}

static void
test_answers_recompute (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlEvaluation) evaluation = fixture_start (fixture, fixture->qa, 1);
  g_autoptr(FlScoreResult) result = NULL;
  guint score_notified = 0;
  int points = -1;

  g_signal_connect (evaluation, "notify::score", G_CALLBACK (count_notify), &score_notified);

  fixture_answer (fixture, fixture->qa, evaluation, fixture->greeting, FL_ANSWER_STATE_POINTS, 10);
  g_assert_true (fl_evaluation_get_scorable (evaluation));
  g_assert_cmpfloat (fl_evaluation_get_score (evaluation), ==, 100);
  g_assert_true (fl_evaluation_get_passed (evaluation));
  g_assert_cmpuint (score_notified, ==, 1);

  /* 13 of 15. */
  fixture_answer (fixture, fixture->qa, evaluation, fixture->tone, FL_ANSWER_STATE_POINTS, 3);
  g_assert_cmpfloat_with_epsilon (fl_evaluation_get_score (evaluation), 100.0 * 13 / 15, 1e-9);
  g_assert_true (fl_evaluation_get_passed (evaluation));
  g_assert_cmpint (fl_evaluation_get_answer (evaluation, fixture->tone, &points), ==, FL_ANSWER_STATE_POINTS);
  g_assert_cmpint (points, ==, 3);
  g_assert_cmpint (fixture_count (fixture, "SELECT count(*) FROM evaluations WHERE abs(score - 86.6666666) < 0.001 AND passed = 1"),
                   ==, 1);

  /* N/A takes the item out: 10 of 10. */
  fixture_answer (fixture, fixture->qa, evaluation, fixture->tone, FL_ANSWER_STATE_NOT_APPLICABLE, 0);
  g_assert_cmpfloat (fl_evaluation_get_score (evaluation), ==, 100);
  g_assert_cmpint (fl_evaluation_get_answer (evaluation, fixture->tone, NULL), ==, FL_ANSWER_STATE_NOT_APPLICABLE);

  /* A draft shows in the library as a draft, without a score. */
  fixture_assert_summary (fixture, 1, "draft - -");

  /* Answers must fit the item. */
  g_assert_false (fl_evaluation_service_set_answer (fixture->service, fixture->qa, evaluation, fixture->greeting,
                                                    FL_ANSWER_STATE_POINTS, 5, &error));
  g_assert_error (error, FL_EVALUATION_ERROR, FL_EVALUATION_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "Answer “Standard greeting” with yes (10 points) or no (0 points).");
  g_clear_error (&error);
  g_assert_false (fl_evaluation_service_set_answer (fixture->service, fixture->qa, evaluation, fixture->tone,
                                                    FL_ANSWER_STATE_POINTS, 6, &error));
  g_assert_cmpstr (error->message, ==, "“Friendly tone” is scored from 0 to 5 points.");
  g_clear_error (&error);
  g_assert_false (fl_evaluation_service_set_answer (fixture->service, fixture->qa, evaluation, fixture->argue,
                                                    FL_ANSWER_STATE_NOT_APPLICABLE, 0, &error));
  g_assert_cmpstr (error->message, ==, "“Never argued” cannot be marked not applicable.");
  g_clear_error (&error);
  g_assert_false (fl_evaluation_service_set_answer (fixture->service, fixture->qa, evaluation, 9999,
                                                    FL_ANSWER_STATE_POINTS, 0, &error));
  g_assert_error (error, FL_EVALUATION_ERROR, FL_EVALUATION_ERROR_NOT_FOUND);
  g_clear_error (&error);
  /* The refused answers changed nothing. */
  g_assert_cmpint (fl_evaluation_get_answer (evaluation, fixture->greeting, &points), ==, FL_ANSWER_STATE_POINTS);
  g_assert_cmpint (points, ==, 10);

  /* Clearing an answer makes it unanswered again; nothing applicable is left. */
  fixture_answer (fixture, fixture->qa, evaluation, fixture->greeting, FL_ANSWER_STATE_UNANSWERED, 0);
  g_assert_false (fl_evaluation_get_scorable (evaluation));
  g_assert_cmpint (fixture_count (fixture, "SELECT count(*) FROM evaluation_answers"), ==, 1);
  g_assert_cmpint (fixture_count (fixture, "SELECT count(*) FROM evaluations WHERE score IS NULL AND passed IS NULL"), ==, 1);

  result = fl_evaluation_compute (evaluation);
  g_assert_cmpuint (result->n_unanswered, ==, 2);
  g_assert_cmpuint (result->n_not_applicable, ==, 1);

  /* Autosaved drafts are not audited answer by answer. */
  g_assert_cmpint (fixture_count (fixture, "SELECT count(*) FROM audit_log WHERE entity = 'evaluations'"), ==, 1);
}

static void
test_critical_fails (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(FlEvaluation) evaluation = fixture_start (fixture, fixture->qa, 1);
  g_autoptr(FlScoreResult) result = NULL;
  g_autoptr(FlScorecardItem) failed = NULL;

  fixture_answer (fixture, fixture->qa, evaluation, fixture->greeting, FL_ANSWER_STATE_POINTS, 10);
  fixture_answer (fixture, fixture->qa, evaluation, fixture->tone, FL_ANSWER_STATE_POINTS, 5);
  fixture_answer (fixture, fixture->qa, evaluation, fixture->argue, FL_ANSWER_STATE_POINTS, 0);

  g_assert_true (fl_evaluation_get_auto_failed (evaluation));
  g_assert_true (fl_evaluation_get_scorable (evaluation));
  g_assert_cmpfloat (fl_evaluation_get_score (evaluation), ==, 0);
  g_assert_false (fl_evaluation_get_passed (evaluation));

  result = fl_evaluation_compute (evaluation);
  failed = fl_scorecard_get_nth_item (fl_evaluation_get_scorecard (evaluation), (guint) result->failed_item);
  g_assert_cmpint (fl_scorecard_item_get_id (failed), ==, fixture->argue);

  fixture_submit (fixture, fixture->qa, evaluation);
  fixture_assert_summary (fixture, 1, "submitted 0.0 0");

  /* The agent's record shows the failed call. */
  g_assert_cmpint (fixture_count (fixture, "SELECT count(*) FROM evaluations WHERE auto_failed = 1 AND passed = 0"), ==, 1);
}

static void
test_submit_refuses_incomplete (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlEvaluation) evaluation = fixture_start (fixture, fixture->qa, 1);

  fixture_answer (fixture, fixture->qa, evaluation, fixture->greeting, FL_ANSWER_STATE_POINTS, 10);
  g_assert_false (fl_evaluation_service_submit (fixture->service, fixture->qa, evaluation, &error));
  g_assert_error (error, FL_EVALUATION_ERROR, FL_EVALUATION_ERROR_INCOMPLETE);
  g_assert_cmpstr (error->message, ==,
                   "2 items are not answered yet. Answer each one or mark it not applicable, then submit.");
  g_clear_error (&error);

  fixture_answer (fixture, fixture->qa, evaluation, fixture->tone, FL_ANSWER_STATE_NOT_APPLICABLE, 0);
  g_assert_false (fl_evaluation_service_submit (fixture->service, fixture->qa, evaluation, &error));
  g_assert_cmpstr (error->message, ==,
                   "1 item is not answered yet. Answer it or mark it not applicable, then submit.");
  g_clear_error (&error);

  g_assert_cmpint (fl_evaluation_get_state (evaluation), ==, FL_EVALUATION_STATE_DRAFT);
  g_assert_cmpint (fixture_count (fixture, "SELECT count(*) FROM evaluations WHERE state = 'draft'"), ==, 1);
  g_assert_cmpint (fixture_count (fixture, "SELECT count(*) FROM audit_log WHERE action = 'submit'"), ==, 0);
}

static void
test_submit_locks (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlEvaluation) evaluation = fixture_start (fixture, fixture->qa, 1);
  const char *locked = "This evaluation was submitted and is locked. Reopen it with a reason to change it.";

  fixture_answer_all (fixture, fixture->qa, evaluation, 4);
  fixture_submit (fixture, fixture->qa, evaluation);

  g_assert_cmpint (fl_evaluation_get_state (evaluation), ==, FL_EVALUATION_STATE_SUBMITTED);
  g_assert_nonnull (fl_evaluation_get_submitted_at (evaluation));
  g_assert_cmpfloat_with_epsilon (fl_evaluation_get_score (evaluation), 96.0, 1e-9);
  fixture_assert_summary (fixture, 1, "submitted 96.0 1");
  g_assert_cmpint (fixture_count (fixture, "SELECT count(*) FROM audit_log WHERE action = 'submit'"), ==, 1);

  g_assert_false (fl_evaluation_service_set_answer (fixture->service, fixture->qa, evaluation, fixture->tone,
                                                    FL_ANSWER_STATE_POINTS, 5, &error));
  g_assert_error (error, FL_EVALUATION_ERROR, FL_EVALUATION_ERROR_LOCKED);
  g_assert_cmpstr (error->message, ==, locked);
  g_clear_error (&error);
  g_assert_false (fl_evaluation_service_set_comment (fixture->service, fixture->qa, evaluation, "Later", &error));
  g_assert_error (error, FL_EVALUATION_ERROR, FL_EVALUATION_ERROR_LOCKED);
  g_clear_error (&error);
  g_assert_false (fl_evaluation_service_set_item_comment (fixture->service, fixture->qa, evaluation,
                                                          fixture->tone, "Later", &error));
  g_assert_error (error, FL_EVALUATION_ERROR, FL_EVALUATION_ERROR_LOCKED);
  g_clear_error (&error);
  g_assert_false (fl_evaluation_service_submit (fixture->service, fixture->qa, evaluation, &error));
  g_assert_error (error, FL_EVALUATION_ERROR, FL_EVALUATION_ERROR_LOCKED);
  g_clear_error (&error);

  {
    g_autofree char *sql = g_strdup_printf ("SELECT points FROM evaluation_answers WHERE item_id = %" G_GINT64_FORMAT,
                                            fixture->tone);

    g_assert_cmpint (fixture_count (fixture, sql), ==, 4);
  }
}

static void
test_reopen (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlEvaluation) evaluation = fixture_start (fixture, fixture->qa, 1);
  g_autoptr(GListModel) revisions = NULL;
  g_autoptr(FlEvaluationRevision) revision = NULL;

  fixture_answer_all (fixture, fixture->qa, evaluation, 2);

  /* A draft is changed directly. */
  g_assert_false (fl_evaluation_service_reopen (fixture->service, fixture->qa, evaluation, "Why not", &error));
  g_assert_error (error, FL_EVALUATION_ERROR, FL_EVALUATION_ERROR_INVALID);
  g_clear_error (&error);

  fixture_submit (fixture, fixture->qa, evaluation);
  g_assert_cmpfloat_with_epsilon (fl_evaluation_get_score (evaluation), 88.0, 1e-9);

  g_assert_false (fl_evaluation_service_reopen (fixture->service, fixture->qa, evaluation, "   ", &error));
  g_assert_error (error, FL_EVALUATION_ERROR, FL_EVALUATION_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "Say why the evaluation is being changed. The reason is kept with its history.");
  g_clear_error (&error);
  g_assert_cmpint (fl_evaluation_get_state (evaluation), ==, FL_EVALUATION_STATE_SUBMITTED);

  /* Only the reviewer who scored it reopens it. */
  g_assert_false (fl_evaluation_service_reopen (fixture->service, fixture->qa2, evaluation, "Calibration", &error));
  g_assert_error (error, FL_EVALUATION_ERROR, FL_EVALUATION_ERROR_NOT_YOURS);
  g_assert_cmpstr (error->message, ==, "This evaluation belongs to 孟晓丽. Only they can change it.");
  g_clear_error (&error);

  g_assert_true (fl_evaluation_service_reopen (fixture->service, fixture->qa, evaluation,
                                               " The agent did use a friendly tone after 1:20 ", &error));
  g_assert_no_error (error);
  g_assert_cmpint (fl_evaluation_get_state (evaluation), ==, FL_EVALUATION_STATE_DRAFT);
  g_assert_cmpint (fl_evaluation_get_revision (evaluation), ==, 2);
  g_assert_null (fl_evaluation_get_submitted_at (evaluation));
  fixture_assert_summary (fixture, 1, "draft - -");

  revisions = fl_evaluation_service_list_revisions (fixture->service, fixture->qa, fl_evaluation_get_id (evaluation),
                                                    &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (revisions), ==, 1);
  revision = g_list_model_get_item (revisions, 0);
  g_assert_cmpint (fl_evaluation_revision_get_revision (revision), ==, 1);
  g_assert_cmpstr (fl_evaluation_revision_get_reason (revision), ==, "The agent did use a friendly tone after 1:20");
  g_assert_cmpstr (fl_evaluation_revision_get_changed_by_name (revision), ==, "孟晓丽");
  g_assert_nonnull (fl_evaluation_revision_get_changed_at (revision));
  g_assert_true (fl_evaluation_revision_get_scorable (revision));
  g_assert_cmpfloat_with_epsilon (fl_evaluation_revision_get_score (revision), 88.0, 1e-9);
  g_assert_true (fl_evaluation_revision_get_passed (revision));
  g_assert_nonnull (strstr (fl_evaluation_revision_get_snapshot_json (revision), "\"points\":2"));

  g_assert_cmpint (fixture_count (fixture, "SELECT count(*) FROM audit_log WHERE action = 'reopen' "
                                   "AND before_json LIKE '%\"state\":\"submitted\"%' "
                                   "AND after_json LIKE '%\"state\":\"draft\"%' "
                                   "AND after_json LIKE '%friendly tone after 1:20%'"), ==, 1);

  /* Changed and submitted again: the library shows the new score. */
  fixture_answer (fixture, fixture->qa, evaluation, fixture->tone, FL_ANSWER_STATE_POINTS, 5);
  fixture_submit (fixture, fixture->qa, evaluation);
  fixture_assert_summary (fixture, 1, "submitted 100.0 1");
  g_assert_cmpint (fixture_count (fixture, "SELECT count(*) FROM audit_log WHERE action = 'submit'"), ==, 2);
}

static void
test_not_yours (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlEvaluation) evaluation = fixture_start (fixture, fixture->qa, 1);

  g_assert_false (fl_evaluation_service_set_answer (fixture->service, fixture->qa2, evaluation, fixture->greeting,
                                                    FL_ANSWER_STATE_POINTS, 10, &error));
  g_assert_error (error, FL_EVALUATION_ERROR, FL_EVALUATION_ERROR_NOT_YOURS);
  g_clear_error (&error);
  g_assert_false (fl_evaluation_service_add_review_time (fixture->service, fixture->lead, evaluation, 10, &error));
  g_assert_error (error, FL_EVALUATION_ERROR, FL_EVALUATION_ERROR_NOT_YOURS);
  g_assert_cmpint (fixture_count (fixture, "SELECT count(*) FROM evaluation_answers"), ==, 0);
}

static void
test_latest_submitted_summary (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(FlEvaluation) first = fixture_start (fixture, fixture->qa, 1);
  g_autoptr(FlEvaluation) second = fixture_start (fixture, fixture->qa2, 1);

  fixture_answer_all (fixture, fixture->qa, first, 0);
  fixture_submit (fixture, fixture->qa, first);
  fixture_assert_summary (fixture, 1, "submitted 80.0 1");

  /* The second reviewer's draft does not hide the submitted score … */
  fixture_answer (fixture, fixture->qa2, second, fixture->greeting, FL_ANSWER_STATE_POINTS, 0);
  fixture_assert_summary (fixture, 1, "submitted 80.0 1");

  /* … and once submitted, being the latest, it is the one shown. */
  fixture_answer (fixture, fixture->qa2, second, fixture->tone, FL_ANSWER_STATE_POINTS, 5);
  fixture_answer (fixture, fixture->qa2, second, fixture->argue, FL_ANSWER_STATE_POINTS, 10);
  fixture_submit (fixture, fixture->qa2, second);
  fixture_assert_summary (fixture, 1, "submitted 60.0 0");
  fixture_assert_summary (fixture, 3, "none - -");
}

static void
test_comments (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlEvaluation) evaluation = fixture_start (fixture, fixture->qa, 1);
  g_autoptr(FlEvaluation) loaded = NULL;
  guint answers_changed = 0;

  g_signal_connect (evaluation, "answers-changed", G_CALLBACK (count_signal), &answers_changed);
  g_assert_true (fl_evaluation_service_set_item_comment (fixture->service, fixture->qa, evaluation, fixture->tone,
                                                         "Sighed at 0:45", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (answers_changed, ==, 1);
  g_assert_true (fl_evaluation_service_set_comment (fixture->service, fixture->qa, evaluation,
                                                    "Good call overall; mind the hold phrase.", &error));
  g_assert_no_error (error);

  /* A comment alone does not answer the item. */
  g_assert_cmpint (fl_evaluation_get_answer (evaluation, fixture->tone, NULL), ==, FL_ANSWER_STATE_UNANSWERED);
  g_assert_cmpstr (fl_evaluation_get_item_comment (evaluation, fixture->tone), ==, "Sighed at 0:45");
  g_assert_cmpstr (fl_evaluation_get_comment (evaluation), ==, "Good call overall; mind the hold phrase.");

  fixture_answer (fixture, fixture->qa, evaluation, fixture->tone, FL_ANSWER_STATE_POINTS, 4);
  loaded = fl_evaluation_service_load (fixture->service, fixture->qa, fl_evaluation_get_id (evaluation), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fl_evaluation_get_item_comment (loaded, fixture->tone), ==, "Sighed at 0:45");
  g_assert_cmpint (fl_evaluation_get_answer (loaded, fixture->tone, NULL), ==, FL_ANSWER_STATE_POINTS);

  /* Cleared answer and comment leave no row behind. */
  fixture_answer (fixture, fixture->qa, evaluation, fixture->tone, FL_ANSWER_STATE_UNANSWERED, 0);
  g_assert_true (fl_evaluation_service_set_item_comment (fixture->service, fixture->qa, evaluation, fixture->tone,
                                                         "", &error));
  g_assert_cmpint (fixture_count (fixture, "SELECT count(*) FROM evaluation_answers"), ==, 0);
  g_assert_null (fl_evaluation_get_item_comment (evaluation, fixture->tone));
}

static void
test_review_time (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlEvaluation) evaluation = fixture_start (fixture, fixture->qa, 1);

  g_assert_true (fl_evaluation_service_add_review_time (fixture->service, fixture->qa, evaluation, 30, &error));
  g_assert_true (fl_evaluation_service_add_review_time (fixture->service, fixture->qa, evaluation, 45, &error));
  g_assert_true (fl_evaluation_service_add_review_time (fixture->service, fixture->qa, evaluation, 0, &error));
  g_assert_no_error (error);
  g_assert_cmpint (fl_evaluation_get_review_seconds (evaluation), ==, 75);
  g_assert_cmpint (fixture_count (fixture, "SELECT review_seconds FROM evaluations"), ==, 75);
}

static void
test_permissions (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlSession) admin = fl_session_new (1, "qa", "孟晓丽", 2, FL_ROLE_ADMIN);
  g_autoptr(FlSession) system = fl_session_new_system ();
  g_autoptr(FlEvaluation) evaluation = fixture_start (fixture, fixture->qa, 1);

  g_assert_null (fl_evaluation_service_start (fixture->service, admin, 3, fixture->template_id, &error));
  g_assert_error (error, FL_SESSION_ERROR, FL_SESSION_ERROR_PERMISSION_DENIED);
  g_assert_cmpstr (error->message, ==, "Only a QA auditor, a team lead or the department head may evaluate calls.");
  g_clear_error (&error);

  /* The account that started it, now without the role, can no longer change it. */
  g_assert_false (fl_evaluation_service_set_answer (fixture->service, admin, evaluation, fixture->greeting,
                                                    FL_ANSWER_STATE_POINTS, 10, &error));
  g_assert_error (error, FL_SESSION_ERROR, FL_SESSION_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  g_assert_cmpint (fl_evaluation_service_add_note (fixture->service, admin, 1, 0, -1, "Note", 0, &error), ==, 0);
  g_assert_error (error, FL_SESSION_ERROR, FL_SESSION_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);

  /* The system has every role but no account to sign an evaluation with. */
  g_assert_null (fl_evaluation_service_start (fixture->service, system, 3, fixture->template_id, &error));
  g_assert_error (error, FL_EVALUATION_ERROR, FL_EVALUATION_ERROR_NO_ACCOUNT);
  g_clear_error (&error);

  /* Missing things are named. */
  g_assert_null (fl_evaluation_service_start (fixture->service, fixture->qa, 99, fixture->template_id, &error));
  g_assert_error (error, FL_EVALUATION_ERROR, FL_EVALUATION_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "This recording is no longer in the library.");
  g_clear_error (&error);
  g_assert_null (fl_evaluation_service_load (fixture->service, fixture->qa, 99, &error));
  g_assert_error (error, FL_EVALUATION_ERROR, FL_EVALUATION_ERROR_NOT_FOUND);
  g_assert_cmpint (fixture_count (fixture, "SELECT count(*) FROM evaluations"), ==, 1);
}

static void
test_lists (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlEvaluation) first = fixture_start (fixture, fixture->qa, 1);
  g_autoptr(FlEvaluation) second = fixture_start (fixture, fixture->lead, 1);
  g_autoptr(FlEvaluation) third = fixture_start (fixture, fixture->qa, 3);
  g_autoptr(GListModel) per_recording = NULL;
  g_autoptr(GListModel) per_agent = NULL;
  g_autoptr(GListModel) nobody = NULL;
  g_autoptr(FlEvaluation) item = NULL;
  g_autoptr(FlEvaluation) newest = NULL;

  fixture_answer_all (fixture, fixture->qa, first, 5);
  fixture_submit (fixture, fixture->qa, first);
  /* Dates of our choosing, so the order does not hang on the clock. */
  g_assert_true (fl_database_exec (fixture->db.database,
                                   "UPDATE evaluations SET started_at = '2026-03-01T00:00:00Z', "
                                   "  submitted_at = '2026-03-05T00:00:00Z' WHERE recording_id = 1 AND evaluator_account_id = 1;"
                                   "UPDATE evaluations SET started_at = '2026-03-03T00:00:00Z' "
                                   "  WHERE recording_id = 1 AND evaluator_account_id = 2;"
                                   "UPDATE evaluations SET started_at = '2026-03-04T00:00:00Z' WHERE recording_id = 3;",
                                   &error));

  per_recording = fl_evaluation_service_list_for_recording (fixture->service, fixture->qa, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (per_recording), ==, 2);
  item = g_list_model_get_item (per_recording, 0);
  g_assert_cmpint (fl_evaluation_get_id (item), ==, fl_evaluation_get_id (first));
  g_assert_cmpstr (fl_evaluation_get_evaluator_name (item), ==, "孟晓丽");
  g_assert_cmpint (fl_evaluation_get_state (item), ==, FL_EVALUATION_STATE_SUBMITTED);
  g_assert_cmpfloat (fl_evaluation_get_score (item), ==, 100);
  g_assert_nonnull (fl_evaluation_get_submitted_at (item));
  /* List items are light: no scorecard. */
  g_assert_null (fl_evaluation_get_scorecard (item));
  g_assert_null (fl_evaluation_compute (item));

  per_agent = fl_evaluation_service_list_for_agent (fixture->service, fixture->lead, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (per_agent), ==, 3);
  newest = g_list_model_get_item (per_agent, 0);
  g_assert_cmpint (fl_evaluation_get_id (newest), ==, fl_evaluation_get_id (first));
  g_clear_object (&newest);
  newest = g_list_model_get_item (per_agent, 1);
  g_assert_cmpint (fl_evaluation_get_id (newest), ==, fl_evaluation_get_id (third));
  g_assert_cmpstr (fl_evaluation_get_recording_started_at (newest), ==, "2026-03-04T02:00:00Z");
  g_clear_object (&newest);
  newest = g_list_model_get_item (per_agent, 2);
  g_assert_cmpint (fl_evaluation_get_id (newest), ==, fl_evaluation_get_id (second));
  g_assert_cmpstr (fl_evaluation_get_evaluator_name (newest), ==, "张强");
  g_assert_cmpint (fl_evaluation_get_state (newest), ==, FL_EVALUATION_STATE_DRAFT);
  g_assert_false (fl_evaluation_get_scorable (newest));

  nobody = fl_evaluation_service_list_for_agent (fixture->service, fixture->qa, 4, &error);
  g_assert_cmpuint (g_list_model_get_n_items (nobody), ==, 0);
}

/* The child half of the autosave test: start, answer, report, then wait to be killed. */
static int
run_autosave_child (const char *path,
                    gint64      template_id,
                    gint64      greeting,
                    gint64      tone)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlDatabase) database = fl_database_open (path, &error);
  g_autoptr(FlSession) qa = fl_session_new (1, "qa", "孟晓丽", 2, FL_ROLE_QA_AUDITOR);
  g_autoptr(FlEvaluationService) service = NULL;
  g_autoptr(FlEvaluation) evaluation = NULL;

  if (database == NULL)
    g_error ("%s", error->message);
  service = fl_evaluation_service_new (database);
  if (!(evaluation = fl_evaluation_service_start (service, qa, 1, template_id, &error)) ||
      !fl_evaluation_service_set_answer (service, qa, evaluation, greeting, FL_ANSWER_STATE_POINTS, 10, &error) ||
      !fl_evaluation_service_set_answer (service, qa, evaluation, tone, FL_ANSWER_STATE_POINTS, 3, &error) ||
      !fl_evaluation_service_set_comment (service, qa, evaluation, "Typed just before the crash", &error))
    g_error ("%s", error->message);

  g_print ("saved %" G_GINT64_FORMAT "\n", fl_evaluation_get_id (evaluation));
  fflush (stdout);
  for (;;)
    g_usleep (G_USEC_PER_SEC);
  return 0;
}

static void
test_autosave_survives_kill (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *self_path = g_file_read_link ("/proc/self/exe", &error);
  g_autofree char *template_arg = g_strdup_printf ("%" G_GINT64_FORMAT, fixture->template_id);
  g_autofree char *greeting_arg = g_strdup_printf ("%" G_GINT64_FORMAT, fixture->greeting);
  g_autofree char *tone_arg = g_strdup_printf ("%" G_GINT64_FORMAT, fixture->tone);
  g_autoptr(GIOChannel) channel = NULL;
  g_autofree char *line = NULL;
  g_autoptr(FlEvaluationService) service = NULL;
  g_autoptr(FlEvaluation) evaluation = NULL;
  const char *argv[] = { self_path, "--autosave-child", fixture->db.path, template_arg, greeting_arg, tone_arg, NULL };
  GPid pid;
  int out_fd, status = 0;
  gint64 evaluation_id = 0;
  int points = 0;

  g_assert_no_error (error);
  g_assert_true (g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                                           &pid, NULL, &out_fd, NULL, &error));
  g_assert_no_error (error);

  channel = g_io_channel_unix_new (out_fd);
  g_io_channel_set_close_on_unref (channel, TRUE);
  g_assert_cmpint (g_io_channel_read_line (channel, &line, NULL, NULL, &error), ==, G_IO_STATUS_NORMAL);
  g_assert_true (g_str_has_prefix (line, "saved "));
  evaluation_id = g_ascii_strtoll (line + 6, NULL, 10);

  /* No clean exit, no chance to flush anything. */
  g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_spawn_close_pid (pid);
  g_assert_true (WIFSIGNALED (status));
  g_assert_cmpint (WTERMSIG (status), ==, SIGKILL);

  /* Reopen the database, as the next start of the app would. */
  g_clear_object (&fixture->service);
  g_clear_object (&fixture->scorecards);
  g_clear_object (&fixture->db.database);
  fixture->db.database = fl_database_open (fixture->db.path, &error);
  g_assert_no_error (error);

  service = fl_evaluation_service_new (fixture->db.database);
  evaluation = fl_evaluation_service_load (service, fixture->qa, evaluation_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (fl_evaluation_get_answer (evaluation, fixture->greeting, &points), ==, FL_ANSWER_STATE_POINTS);
  g_assert_cmpint (points, ==, 10);
  g_assert_cmpint (fl_evaluation_get_answer (evaluation, fixture->tone, &points), ==, FL_ANSWER_STATE_POINTS);
  g_assert_cmpint (points, ==, 3);
  g_assert_cmpstr (fl_evaluation_get_comment (evaluation), ==, "Typed just before the crash");
  g_assert_cmpfloat_with_epsilon (fl_evaluation_get_score (evaluation), 100.0 * 13 / 15, 1e-9);
  fixture_assert_summary (fixture, 1, "draft - -");
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 6 && g_str_equal (argv[1], "--autosave-child"))
    return run_autosave_child (argv[2], g_ascii_strtoll (argv[3], NULL, 10), g_ascii_strtoll (argv[4], NULL, 10),
                               g_ascii_strtoll (argv[5], NULL, 10));

  fl_test_init (&argc, &argv);

  EVALUATION_TEST ("/evaluations/start/on-first-answer", test_draft_starts_on_first_answer);
  EVALUATION_TEST ("/evaluations/start/and-resume", test_start_and_resume);
  EVALUATION_TEST ("/evaluations/start/own-call-refused", test_own_call_refused);
  EVALUATION_TEST ("/evaluations/start/newest-version", test_start_newest_version);
  EVALUATION_TEST ("/evaluations/answers/recompute-score", test_answers_recompute);
  EVALUATION_TEST ("/evaluations/answers/critical-fails", test_critical_fails);
  EVALUATION_TEST ("/evaluations/answers/comments", test_comments);
  EVALUATION_TEST ("/evaluations/answers/not-yours", test_not_yours);
  EVALUATION_TEST ("/evaluations/submit/refuses-incomplete", test_submit_refuses_incomplete);
  EVALUATION_TEST ("/evaluations/submit/locks", test_submit_locks);
  EVALUATION_TEST ("/evaluations/reopen/needs-reason-keeps-revision", test_reopen);
  EVALUATION_TEST ("/evaluations/summary/latest-submitted", test_latest_submitted_summary);
  EVALUATION_TEST ("/evaluations/review-time/adds-up", test_review_time);
  EVALUATION_TEST ("/evaluations/permissions", test_permissions);
  EVALUATION_TEST ("/evaluations/lists", test_lists);
  EVALUATION_TEST ("/evaluations/autosave/survives-kill", test_autosave_survives_kill);

  return g_test_run ();
}

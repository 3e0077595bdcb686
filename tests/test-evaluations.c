/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-evaluations"

#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>

#include "fl-audit.h"
#include "fl-evaluation-service.h"
#include "fl-scorecard-service.h"
#include "fl-test-util.h"

/* People: 王芳 (staff 1) is the agent on recording 1; the QA auditor 孟晓丽
 * (staff 2, account 1) is the agent on recording 2; 张强 is a team lead
 * (staff 3, account 2); 李娜 a second QA auditor (staff 4, account 3). */
#define PEOPLE_SQL \
  "INSERT INTO staff (id, job_number, name) VALUES (1, '1001', '王芳'), (2, '0003', '孟晓丽'), " \
  "  (3, '1000', '张强'), (4, '0004', '李娜');" \
  "INSERT INTO accounts (id, login, staff_id, roles, password_hash, created_at) VALUES " \
  "  (1, 'qa', 2, 1, 'x', '2026-01-01T00:00:00Z'), (2, 'lead1', 3, 2, 'x', '2026-01-01T00:00:00Z'), " \
  "  (3, 'qa2', 4, 1, 'x', '2026-01-01T00:00:00Z');" \
  "INSERT INTO recordings (id, path, agent_staff_id, started_at, imported_at, updated_at) VALUES " \
  "  (1, '/calls/1.wav', 1, '2026-03-02T01:00:00Z', '2026-03-03T00:00:00Z', '2026-03-03T00:00:00Z'), " \
  "  (2, '/calls/2.wav', 2, '2026-03-02T02:00:00Z', '2026-03-03T00:00:00Z', '2026-03-03T00:00:00Z'), " \
  "  (3, '/calls/3.wav', 1, '2026-03-04T02:00:00Z', '2026-03-03T00:00:00Z', '2026-03-03T00:00:00Z');"

typedef struct
{
  FlTestDatabase       db;
  FlSession           *qa;
  FlSession           *qa2;
  FlSession           *lead;
  FlEvaluationService *service;
  FlScorecardService  *scorecards;
  gint64               template_id;
  gint64               greeting;   /* yes/no, 10 points */
  gint64               tone;       /* scale 0–5, N/A allowed */
  gint64               argue;      /* critical yes/no, 10 points */
} Fixture;

static FlScorecard *
make_scorecard (void)
{
  FlScorecard *scorecard = fl_scorecard_new ("Inbound");
  g_autoptr(FlScorecardSection) opening = fl_scorecard_section_new ("Opening");
  g_autoptr(FlScorecardSection) conduct = fl_scorecard_section_new ("Conduct");
  g_autoptr(FlScorecardItem) greeting = fl_scorecard_item_new ("Standard greeting", 10);
  g_autoptr(FlScorecardItem) tone = fl_scorecard_item_new ("Friendly tone", 5);
  g_autoptr(FlScorecardItem) argue = fl_scorecard_item_new ("Never argued", 10);

  fl_scorecard_item_set_answer_type (tone, FL_ANSWER_TYPE_SCALE);
  fl_scorecard_item_set_allow_na (tone, TRUE);
  fl_scorecard_item_set_criticality (argue, FL_CRITICALITY_CRITICAL);
  fl_scorecard_section_append_item (opening, greeting);
  fl_scorecard_section_append_item (opening, tone);
  fl_scorecard_section_append_item (conduct, argue);
  fl_scorecard_append_section (scorecard, opening);
  fl_scorecard_append_section (scorecard, conduct);
  return scorecard;
}

static gint64
item_id (FlScorecardService *scorecards,
         gint64              template_id,
         guint               index)
{
  g_autoptr(FlScorecard) scorecard = fl_scorecard_service_load (scorecards, template_id, NULL);
  g_autoptr(FlScorecardItem) item = fl_scorecard_get_nth_item (scorecard, index);

  return fl_scorecard_item_get_id (item);
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlSession) editor = fl_test_session (FL_ROLE_QA_AUDITOR);
  g_autoptr(FlScorecard) scorecard = make_scorecard ();

  fl_test_database_setup (&fixture->db, data);
  g_assert_true (fl_database_exec (fixture->db.database, PEOPLE_SQL, &error));
  g_assert_no_error (error);

  fixture->qa = fl_session_new (1, "qa", "孟晓丽", 2, FL_ROLE_QA_AUDITOR);
  fixture->lead = fl_session_new (2, "lead1", "张强", 3, FL_ROLE_TEAM_LEAD);
  fixture->qa2 = fl_session_new (3, "qa2", "李娜", 4, FL_ROLE_QA_AUDITOR);
  fixture->service = fl_evaluation_service_new (fixture->db.database);
  fixture->scorecards = fl_scorecard_service_new (fixture->db.database);

  fixture->template_id = fl_scorecard_service_create (fixture->scorecards, editor, scorecard, &error);
  g_assert_no_error (error);
  fixture->greeting = item_id (fixture->scorecards, fixture->template_id, 0);
  fixture->tone = item_id (fixture->scorecards, fixture->template_id, 1);
  fixture->argue = item_id (fixture->scorecards, fixture->template_id, 2);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_object (&fixture->scorecards);
  g_clear_object (&fixture->service);
  g_clear_object (&fixture->qa);
  g_clear_object (&fixture->qa2);
  g_clear_object (&fixture->lead);
  fl_test_database_teardown (&fixture->db, data);
}

static FlEvaluation *
start (Fixture   *fixture,
       FlSession *actor,
       gint64     recording_id)
{
  g_autoptr(GError) error = NULL;
  FlEvaluation *evaluation = fl_evaluation_service_start (fixture->service, actor, recording_id,
                                                          fixture->template_id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (evaluation);
  return evaluation;
}

static void
answer (Fixture      *fixture,
        FlSession    *actor,
        FlEvaluation *evaluation,
        gint64        item,
        FlAnswerState state,
        int           points)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (fl_evaluation_service_set_answer (fixture->service, actor, evaluation, item, state, points, &error));
  g_assert_no_error (error);
}

static void
answer_all (Fixture      *fixture,
            FlSession    *actor,
            FlEvaluation *evaluation,
            int           tone)
{
  answer (fixture, actor, evaluation, fixture->greeting, FL_ANSWER_STATE_POINTS, 10);
  answer (fixture, actor, evaluation, fixture->tone, FL_ANSWER_STATE_POINTS, tone);
  answer (fixture, actor, evaluation, fixture->argue, FL_ANSWER_STATE_POINTS, 10);
}

static void
submit (Fixture      *fixture,
        FlSession    *actor,
        FlEvaluation *evaluation)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (fl_evaluation_service_submit (fixture->service, actor, evaluation, &error));
  g_assert_no_error (error);
}

static gint64
count (Fixture    *fixture,
       const char *sql)
{
  return fl_test_count_rows (fixture->db.database, sql);
}

static char *
recording_summary (Fixture *fixture,
                   gint64   recording_id)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = g_strdup_printf ("SELECT evaluation_state, score, passed FROM recordings "
                                          "WHERE id = %" G_GINT64_FORMAT, recording_id);
  g_autoptr(sqlite3_stmt) statement = fl_database_prepare (fixture->db.database, sql, &error);
  gboolean has_row = FALSE;

  g_assert_no_error (error);
  g_assert_true (fl_database_step (fixture->db.database, statement, &has_row, &error) && has_row);
  return g_strdup_printf ("%s %s %s", sqlite3_column_text (statement, 0),
                          sqlite3_column_type (statement, 1) == SQLITE_NULL
                          ? "-" : (const char *) sqlite3_column_text (statement, 1),
                          sqlite3_column_type (statement, 2) == SQLITE_NULL
                          ? "-" : (const char *) sqlite3_column_text (statement, 2));
}

static void
assert_summary (Fixture    *fixture,
                gint64      recording_id,
                const char *expected)
{
  g_autofree char *summary = recording_summary (fixture, recording_id);

  g_assert_cmpstr (summary, ==, expected);
}

static void
test_start_and_resume (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(FlEvaluation) evaluation = start (fixture, fixture->qa, 1);
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
  assert_summary (fixture, 1, "draft - -");
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM audit_log WHERE action = 'start'"), ==, 1);

  /* The same reviewer resumes the same draft. */
  answer (fixture, fixture->qa, evaluation, fixture->greeting, FL_ANSWER_STATE_POINTS, 10);
  resumed = start (fixture, fixture->qa, 1);
  g_assert_cmpint (fl_evaluation_get_id (resumed), ==, fl_evaluation_get_id (evaluation));
  g_assert_cmpint (fl_evaluation_get_answer (resumed, fixture->greeting, NULL), ==, FL_ANSWER_STATE_POINTS);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM evaluations"), ==, 1);

  /* Submitted, it is still the one that opens: no second evaluation behind its back. */
  answer_all (fixture, fixture->qa, evaluation, 5);
  submit (fixture, fixture->qa, evaluation);
  after_submit = start (fixture, fixture->qa, 1);
  g_assert_cmpint (fl_evaluation_get_id (after_submit), ==, fl_evaluation_get_id (evaluation));
  g_assert_cmpint (fl_evaluation_get_state (after_submit), ==, FL_EVALUATION_STATE_SUBMITTED);

  /* Another reviewer gets their own. */
  other = start (fixture, fixture->qa2, 1);
  g_assert_cmpint (fl_evaluation_get_id (other), !=, fl_evaluation_get_id (evaluation));
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM evaluations"), ==, 2);
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
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM evaluations"), ==, 0);
  assert_summary (fixture, 2, "none - -");

  /* Someone else may. */
  by_lead = start (fixture, fixture->lead, 2);
  g_assert_cmpint (fl_evaluation_get_evaluator_id (by_lead), ==, 2);
}

static void
test_start_newest_version (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlEvaluation) first = start (fixture, fixture->qa, 1);
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
  second = start (fixture, fixture->qa, 3);
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
  g_autoptr(FlEvaluation) evaluation = start (fixture, fixture->qa, 1);
  g_autoptr(FlScoreResult) result = NULL;
  guint score_notified = 0;
  int points = -1;

  g_signal_connect (evaluation, "notify::score", G_CALLBACK (count_notify), &score_notified);

  answer (fixture, fixture->qa, evaluation, fixture->greeting, FL_ANSWER_STATE_POINTS, 10);
  g_assert_true (fl_evaluation_get_scorable (evaluation));
  g_assert_cmpfloat (fl_evaluation_get_score (evaluation), ==, 100);
  g_assert_true (fl_evaluation_get_passed (evaluation));
  g_assert_cmpuint (score_notified, ==, 1);

  /* 13 of 15. */
  answer (fixture, fixture->qa, evaluation, fixture->tone, FL_ANSWER_STATE_POINTS, 3);
  g_assert_cmpfloat_with_epsilon (fl_evaluation_get_score (evaluation), 100.0 * 13 / 15, 1e-9);
  g_assert_true (fl_evaluation_get_passed (evaluation));
  g_assert_cmpint (fl_evaluation_get_answer (evaluation, fixture->tone, &points), ==, FL_ANSWER_STATE_POINTS);
  g_assert_cmpint (points, ==, 3);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM evaluations WHERE abs(score - 86.6666666) < 0.001 AND passed = 1"),
                   ==, 1);

  /* N/A takes the item out: 10 of 10. */
  answer (fixture, fixture->qa, evaluation, fixture->tone, FL_ANSWER_STATE_NOT_APPLICABLE, 0);
  g_assert_cmpfloat (fl_evaluation_get_score (evaluation), ==, 100);
  g_assert_cmpint (fl_evaluation_get_answer (evaluation, fixture->tone, NULL), ==, FL_ANSWER_STATE_NOT_APPLICABLE);

  /* A draft shows in the library as a draft, without a score. */
  assert_summary (fixture, 1, "draft - -");

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
  answer (fixture, fixture->qa, evaluation, fixture->greeting, FL_ANSWER_STATE_UNANSWERED, 0);
  g_assert_false (fl_evaluation_get_scorable (evaluation));
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM evaluation_answers"), ==, 1);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM evaluations WHERE score IS NULL AND passed IS NULL"), ==, 1);

  result = fl_evaluation_compute (evaluation);
  g_assert_cmpuint (result->n_unanswered, ==, 2);
  g_assert_cmpuint (result->n_not_applicable, ==, 1);

  /* Autosaved drafts are not audited answer by answer. */
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM audit_log WHERE entity = 'evaluations'"), ==, 1);
}

static void
test_critical_fails (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(FlEvaluation) evaluation = start (fixture, fixture->qa, 1);
  g_autoptr(FlScoreResult) result = NULL;
  g_autoptr(FlScorecardItem) failed = NULL;

  answer (fixture, fixture->qa, evaluation, fixture->greeting, FL_ANSWER_STATE_POINTS, 10);
  answer (fixture, fixture->qa, evaluation, fixture->tone, FL_ANSWER_STATE_POINTS, 5);
  answer (fixture, fixture->qa, evaluation, fixture->argue, FL_ANSWER_STATE_POINTS, 0);

  g_assert_true (fl_evaluation_get_auto_failed (evaluation));
  g_assert_true (fl_evaluation_get_scorable (evaluation));
  g_assert_cmpfloat (fl_evaluation_get_score (evaluation), ==, 0);
  g_assert_false (fl_evaluation_get_passed (evaluation));

  result = fl_evaluation_compute (evaluation);
  failed = fl_scorecard_get_nth_item (fl_evaluation_get_scorecard (evaluation), (guint) result->failed_item);
  g_assert_cmpint (fl_scorecard_item_get_id (failed), ==, fixture->argue);

  submit (fixture, fixture->qa, evaluation);
  assert_summary (fixture, 1, "submitted 0.0 0");

  /* The agent's record shows the failed call. */
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM evaluations WHERE auto_failed = 1 AND passed = 0"), ==, 1);
}

static void
test_submit_refuses_incomplete (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlEvaluation) evaluation = start (fixture, fixture->qa, 1);

  answer (fixture, fixture->qa, evaluation, fixture->greeting, FL_ANSWER_STATE_POINTS, 10);
  g_assert_false (fl_evaluation_service_submit (fixture->service, fixture->qa, evaluation, &error));
  g_assert_error (error, FL_EVALUATION_ERROR, FL_EVALUATION_ERROR_INCOMPLETE);
  g_assert_cmpstr (error->message, ==,
                   "2 items are not answered yet. Answer each one or mark it not applicable, then submit.");
  g_clear_error (&error);

  answer (fixture, fixture->qa, evaluation, fixture->tone, FL_ANSWER_STATE_NOT_APPLICABLE, 0);
  g_assert_false (fl_evaluation_service_submit (fixture->service, fixture->qa, evaluation, &error));
  g_assert_cmpstr (error->message, ==,
                   "1 item is not answered yet. Answer it or mark it not applicable, then submit.");
  g_clear_error (&error);

  g_assert_cmpint (fl_evaluation_get_state (evaluation), ==, FL_EVALUATION_STATE_DRAFT);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM evaluations WHERE state = 'draft'"), ==, 1);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM audit_log WHERE action = 'submit'"), ==, 0);
}

static void
test_submit_locks (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlEvaluation) evaluation = start (fixture, fixture->qa, 1);
  const char *locked = "This evaluation was submitted and is locked. Reopen it with a reason to change it.";

  answer_all (fixture, fixture->qa, evaluation, 4);
  submit (fixture, fixture->qa, evaluation);

  g_assert_cmpint (fl_evaluation_get_state (evaluation), ==, FL_EVALUATION_STATE_SUBMITTED);
  g_assert_nonnull (fl_evaluation_get_submitted_at (evaluation));
  g_assert_cmpfloat_with_epsilon (fl_evaluation_get_score (evaluation), 96.0, 1e-9);
  assert_summary (fixture, 1, "submitted 96.0 1");
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM audit_log WHERE action = 'submit'"), ==, 1);

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

    g_assert_cmpint (count (fixture, sql), ==, 4);
  }
}

static void
test_reopen (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlEvaluation) evaluation = start (fixture, fixture->qa, 1);
  g_autoptr(GListModel) revisions = NULL;
  g_autoptr(FlEvaluationRevision) revision = NULL;

  answer_all (fixture, fixture->qa, evaluation, 2);

  /* A draft is changed directly. */
  g_assert_false (fl_evaluation_service_reopen (fixture->service, fixture->qa, evaluation, "Why not", &error));
  g_assert_error (error, FL_EVALUATION_ERROR, FL_EVALUATION_ERROR_INVALID);
  g_clear_error (&error);

  submit (fixture, fixture->qa, evaluation);
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
  assert_summary (fixture, 1, "draft - -");

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

  g_assert_cmpint (count (fixture, "SELECT count(*) FROM audit_log WHERE action = 'reopen' "
                                   "AND before_json LIKE '%\"state\":\"submitted\"%' "
                                   "AND after_json LIKE '%\"state\":\"draft\"%' "
                                   "AND after_json LIKE '%friendly tone after 1:20%'"), ==, 1);

  /* Changed and submitted again: the library shows the new score. */
  answer (fixture, fixture->qa, evaluation, fixture->tone, FL_ANSWER_STATE_POINTS, 5);
  submit (fixture, fixture->qa, evaluation);
  assert_summary (fixture, 1, "submitted 100.0 1");
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM audit_log WHERE action = 'submit'"), ==, 2);
}

static void
test_not_yours (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlEvaluation) evaluation = start (fixture, fixture->qa, 1);

  g_assert_false (fl_evaluation_service_set_answer (fixture->service, fixture->qa2, evaluation, fixture->greeting,
                                                    FL_ANSWER_STATE_POINTS, 10, &error));
  g_assert_error (error, FL_EVALUATION_ERROR, FL_EVALUATION_ERROR_NOT_YOURS);
  g_clear_error (&error);
  g_assert_false (fl_evaluation_service_add_review_time (fixture->service, fixture->lead, evaluation, 10, &error));
  g_assert_error (error, FL_EVALUATION_ERROR, FL_EVALUATION_ERROR_NOT_YOURS);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM evaluation_answers"), ==, 0);
}

static void
test_latest_submitted_summary (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(FlEvaluation) first = start (fixture, fixture->qa, 1);
  g_autoptr(FlEvaluation) second = start (fixture, fixture->qa2, 1);

  answer_all (fixture, fixture->qa, first, 0);
  submit (fixture, fixture->qa, first);
  assert_summary (fixture, 1, "submitted 80.0 1");

  /* The second reviewer's draft does not hide the submitted score … */
  answer (fixture, fixture->qa2, second, fixture->greeting, FL_ANSWER_STATE_POINTS, 0);
  assert_summary (fixture, 1, "submitted 80.0 1");

  /* … and once submitted, being the latest, it is the one shown. */
  answer (fixture, fixture->qa2, second, fixture->tone, FL_ANSWER_STATE_POINTS, 5);
  answer (fixture, fixture->qa2, second, fixture->argue, FL_ANSWER_STATE_POINTS, 10);
  submit (fixture, fixture->qa2, second);
  assert_summary (fixture, 1, "submitted 60.0 0");
  assert_summary (fixture, 3, "none - -");
}

static void
test_comments (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlEvaluation) evaluation = start (fixture, fixture->qa, 1);
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

  answer (fixture, fixture->qa, evaluation, fixture->tone, FL_ANSWER_STATE_POINTS, 4);
  loaded = fl_evaluation_service_load (fixture->service, fixture->qa, fl_evaluation_get_id (evaluation), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fl_evaluation_get_item_comment (loaded, fixture->tone), ==, "Sighed at 0:45");
  g_assert_cmpint (fl_evaluation_get_answer (loaded, fixture->tone, NULL), ==, FL_ANSWER_STATE_POINTS);

  /* Cleared answer and comment leave no row behind. */
  answer (fixture, fixture->qa, evaluation, fixture->tone, FL_ANSWER_STATE_UNANSWERED, 0);
  g_assert_true (fl_evaluation_service_set_item_comment (fixture->service, fixture->qa, evaluation, fixture->tone,
                                                         "", &error));
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM evaluation_answers"), ==, 0);
  g_assert_null (fl_evaluation_get_item_comment (evaluation, fixture->tone));
}

static void
test_review_time (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlEvaluation) evaluation = start (fixture, fixture->qa, 1);

  g_assert_true (fl_evaluation_service_add_review_time (fixture->service, fixture->qa, evaluation, 30, &error));
  g_assert_true (fl_evaluation_service_add_review_time (fixture->service, fixture->qa, evaluation, 45, &error));
  g_assert_true (fl_evaluation_service_add_review_time (fixture->service, fixture->qa, evaluation, 0, &error));
  g_assert_no_error (error);
  g_assert_cmpint (fl_evaluation_get_review_seconds (evaluation), ==, 75);
  g_assert_cmpint (count (fixture, "SELECT review_seconds FROM evaluations"), ==, 75);
}

static void
test_permissions (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlSession) admin = fl_session_new (1, "qa", "孟晓丽", 2, FL_ROLE_ADMIN);
  g_autoptr(FlSession) system = fl_session_new_system ();
  g_autoptr(FlEvaluation) evaluation = start (fixture, fixture->qa, 1);

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
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM evaluations"), ==, 1);
}

static void
test_lists (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlEvaluation) first = start (fixture, fixture->qa, 1);
  g_autoptr(FlEvaluation) second = start (fixture, fixture->lead, 1);
  g_autoptr(FlEvaluation) third = start (fixture, fixture->qa, 3);
  g_autoptr(GListModel) per_recording = NULL;
  g_autoptr(GListModel) per_agent = NULL;
  g_autoptr(GListModel) nobody = NULL;
  g_autoptr(FlEvaluation) item = NULL;
  g_autoptr(FlEvaluation) newest = NULL;

  answer_all (fixture, fixture->qa, first, 5);
  submit (fixture, fixture->qa, first);
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

static void
test_notes (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlEvaluation) evaluation = NULL;
  g_autoptr(GListModel) notes = NULL;
  g_autoptr(GListModel) after_delete = NULL;
  g_autoptr(FlRecordingNote) first = NULL;
  g_autoptr(FlRecordingNote) range = NULL;
  g_autoptr(FlRecordingNote) linked = NULL;
  gint64 range_id, moment_id, linked_id;

  /* Before any evaluation: a note, not linked. */
  range_id = fl_evaluation_service_add_note (fixture->service, fixture->qa, 1, 5000, 8250, "Talked over the caller",
                                             0, &error);
  g_assert_no_error (error);
  g_assert_cmpint (fl_evaluation_service_add_note (fixture->service, fixture->qa, 1, 100, -1, "Greeting item",
                                                   fixture->greeting, &error), ==, 0);
  g_assert_error (error, FL_EVALUATION_ERROR, FL_EVALUATION_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "Start the evaluation first to pin a note to one of its items.");
  g_clear_error (&error);

  evaluation = start (fixture, fixture->qa, 1);
  linked_id = fl_evaluation_service_add_note (fixture->service, fixture->qa, 1, 12000, -1, "No “anything else?”",
                                              fixture->argue, &error);
  g_assert_no_error (error);
  moment_id = fl_evaluation_service_add_note (fixture->service, fixture->qa, 1, 1500, -1, " Greeting without 工号 ",
                                              0, &error);
  g_assert_no_error (error);

  notes = fl_evaluation_service_list_notes (fixture->service, fixture->lead, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (notes), ==, 3);
  first = g_list_model_get_item (notes, 0);
  range = g_list_model_get_item (notes, 1);
  linked = g_list_model_get_item (notes, 2);
  g_assert_cmpint (fl_recording_note_get_id (first), ==, moment_id);
  g_assert_cmpstr (fl_recording_note_get_text (first), ==, "Greeting without 工号");
  g_assert_false (fl_recording_note_is_range (first));
  g_assert_cmpint (fl_recording_note_get_end_ms (first), ==, -1);
  g_assert_cmpint (fl_recording_note_get_evaluation_id (first), ==, fl_evaluation_get_id (evaluation));
  g_assert_cmpstr (fl_recording_note_get_author_name (first), ==, "孟晓丽");
  g_assert_cmpint (fl_recording_note_get_id (range), ==, range_id);
  g_assert_true (fl_recording_note_is_range (range));
  g_assert_cmpint (fl_recording_note_get_end_ms (range), ==, 8250);
  g_assert_cmpint (fl_recording_note_get_evaluation_id (range), ==, 0);
  g_assert_cmpint (fl_recording_note_get_id (linked), ==, linked_id);
  g_assert_cmpint (fl_recording_note_get_item_id (linked), ==, fixture->argue);

  /* Edit and delete, own notes only. */
  g_assert_true (fl_evaluation_service_update_note (fixture->service, fixture->qa, range_id, 5000, 9000,
                                                    "Talked over the caller twice", &error));
  g_assert_no_error (error);
  g_assert_false (fl_evaluation_service_update_note (fixture->service, fixture->qa2, range_id, 0, -1, "Mine now",
                                                     &error));
  g_assert_error (error, FL_EVALUATION_ERROR, FL_EVALUATION_ERROR_NOT_YOURS);
  g_assert_cmpstr (error->message, ==, "Only 孟晓丽, who wrote this note, can change or delete it.");
  g_clear_error (&error);
  g_assert_false (fl_evaluation_service_delete_note (fixture->service, fixture->lead, moment_id, &error));
  g_assert_error (error, FL_EVALUATION_ERROR, FL_EVALUATION_ERROR_NOT_YOURS);
  g_clear_error (&error);
  g_assert_true (fl_evaluation_service_delete_note (fixture->service, fixture->qa, moment_id, &error));
  g_assert_no_error (error);
  g_assert_false (fl_evaluation_service_delete_note (fixture->service, fixture->qa, moment_id, &error));
  g_assert_error (error, FL_EVALUATION_ERROR, FL_EVALUATION_ERROR_NOT_FOUND);
  g_clear_error (&error);

  after_delete = fl_evaluation_service_list_notes (fixture->service, fixture->qa, 1, &error);
  g_assert_cmpuint (g_list_model_get_n_items (after_delete), ==, 2);
  g_assert_cmpint (count (fixture, "SELECT end_ms FROM recording_notes WHERE text = 'Talked over the caller twice'"),
                   ==, 9000);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM audit_log WHERE entity = 'recording_notes'"), ==, 5);

  /* Checked before writing. */
  g_assert_cmpint (fl_evaluation_service_add_note (fixture->service, fixture->qa, 1, 3000, 2000, "Backwards", 0,
                                                   &error), ==, 0);
  g_assert_cmpstr (error->message, ==, "A note cannot end before it starts.");
  g_clear_error (&error);
  g_assert_cmpint (fl_evaluation_service_add_note (fixture->service, fixture->qa, 1, -5, -1, "Early", 0, &error),
                   ==, 0);
  g_assert_cmpstr (error->message, ==, "A note cannot start before the call does.");
  g_clear_error (&error);
  g_assert_cmpint (fl_evaluation_service_add_note (fixture->service, fixture->qa, 1, 0, -1, "  ", 0, &error), ==, 0);
  g_assert_cmpstr (error->message, ==, "Write the note's text.");
  g_clear_error (&error);
  g_assert_cmpint (fl_evaluation_service_add_note (fixture->service, fixture->qa, 42, 0, -1, "Gone", 0, &error), ==, 0);
  g_assert_error (error, FL_EVALUATION_ERROR, FL_EVALUATION_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM recording_notes"), ==, 2);
}

static void
test_audacity_labels (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *labels = NULL;
  g_autofree char *empty = NULL;
  const char *locales[] = { "de_DE.UTF-8", "fr_FR.UTF-8", "ru_RU.UTF-8" };
  g_autofree char *saved_locale = g_strdup (setlocale (LC_NUMERIC, NULL));

  fl_evaluation_service_add_note (fixture->service, fixture->qa, 1, 65432, 70001, "Hold\twithout\nthe phrase", 0,
                                  &error);
  fl_evaluation_service_add_note (fixture->service, fixture->qa, 1, 1500, -1, "对不起，请稍等！ missing", 0, &error);
  fl_evaluation_service_add_note (fixture->service, fixture->qa, 1, 0, 999, "Rings", 0, &error);
  g_assert_no_error (error);

  /* A locale writing "1,5" must not change the file. */
  for (guint i = 0; i < G_N_ELEMENTS (locales); i++)
    if (setlocale (LC_NUMERIC, locales[i]) != NULL)
      break;

  labels = fl_evaluation_service_export_labels (fixture->service, fixture->qa, 1, &error);
  setlocale (LC_NUMERIC, saved_locale);
  g_assert_no_error (error);
  g_assert_cmpstr (labels, ==,
                   "0.000000\t0.999000\tRings\n"
                   "1.500000\t1.500000\t对不起，请稍等！ missing\n"
                   "65.432000\t70.001000\tHold without the phrase\n");

  empty = fl_evaluation_service_export_labels (fixture->service, fixture->qa, 3, &error);
  g_assert_cmpstr (empty, ==, "");
}

static void
test_playback_position (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (fl_evaluation_service_get_playback_position (fixture->service, fixture->qa, 1), ==, 0);
  g_assert_true (fl_evaluation_service_set_playback_position (fixture->service, fixture->qa, 1, 42500, &error));
  g_assert_no_error (error);
  g_assert_cmpint (fl_evaluation_service_get_playback_position (fixture->service, fixture->qa, 1), ==, 42500);
  g_assert_true (fl_evaluation_service_set_playback_position (fixture->service, fixture->qa, 1, 1000, &error));
  g_assert_cmpint (fl_evaluation_service_get_playback_position (fixture->service, fixture->qa, 1), ==, 1000);

  /* Each reviewer has their own place; a new service (a restart) finds it. */
  g_assert_true (fl_evaluation_service_set_playback_position (fixture->service, fixture->lead, 1, 7000, &error));
  g_assert_cmpint (fl_evaluation_service_get_playback_position (fixture->service, fixture->qa, 3), ==, 0);
  {
    g_autoptr(FlEvaluationService) again = fl_evaluation_service_new (fixture->db.database);

    g_assert_cmpint (fl_evaluation_service_get_playback_position (again, fixture->qa, 1), ==, 1000);
    g_assert_cmpint (fl_evaluation_service_get_playback_position (again, fixture->lead, 1), ==, 7000);
  }
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM playback_positions"), ==, 2);
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
  assert_summary (fixture, 1, "draft - -");
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 6 && g_str_equal (argv[1], "--autosave-child"))
    return run_autosave_child (argv[2], g_ascii_strtoll (argv[3], NULL, 10), g_ascii_strtoll (argv[4], NULL, 10),
                               g_ascii_strtoll (argv[5], NULL, 10));

  fl_test_init (&argc, &argv);

#define ADD(path, test) g_test_add (path, Fixture, NULL, fixture_setup, test, fixture_teardown)
  ADD ("/evaluations/start/and-resume", test_start_and_resume);
  ADD ("/evaluations/start/own-call-refused", test_own_call_refused);
  ADD ("/evaluations/start/newest-version", test_start_newest_version);
  ADD ("/evaluations/answers/recompute-score", test_answers_recompute);
  ADD ("/evaluations/answers/critical-fails", test_critical_fails);
  ADD ("/evaluations/answers/comments", test_comments);
  ADD ("/evaluations/answers/not-yours", test_not_yours);
  ADD ("/evaluations/submit/refuses-incomplete", test_submit_refuses_incomplete);
  ADD ("/evaluations/submit/locks", test_submit_locks);
  ADD ("/evaluations/reopen/needs-reason-keeps-revision", test_reopen);
  ADD ("/evaluations/summary/latest-submitted", test_latest_submitted_summary);
  ADD ("/evaluations/review-time/adds-up", test_review_time);
  ADD ("/evaluations/permissions", test_permissions);
  ADD ("/evaluations/lists", test_lists);
  ADD ("/evaluations/notes/crud-and-order", test_notes);
  ADD ("/evaluations/notes/audacity-labels", test_audacity_labels);
  ADD ("/evaluations/playback-position", test_playback_position);
  ADD ("/evaluations/autosave/survives-kill", test_autosave_survives_kill);
#undef ADD

  return g_test_run ();
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "evaluation-fixture"

#include "evaluation-fixture.h"

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

void
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

void
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

/* Opened for scoring: unsaved until its first change. */
FlEvaluation *
fixture_open (Fixture   *fixture,
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

/* Opened and saved as an empty draft (its overall comment written). */
FlEvaluation *
fixture_start (Fixture   *fixture,
               FlSession *actor,
               gint64     recording_id)
{
  g_autoptr(GError) error = NULL;
  FlEvaluation *evaluation = fixture_open (fixture, actor, recording_id);

  if (fl_evaluation_get_id (evaluation) == 0)
    g_assert_true (fl_evaluation_service_set_comment (fixture->service, actor, evaluation, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (fl_evaluation_get_id (evaluation), >, 0);
  return evaluation;
}

void
fixture_answer (Fixture       *fixture,
                FlSession     *actor,
                FlEvaluation  *evaluation,
                gint64         item,
                FlAnswerState  state,
                int            points)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (fl_evaluation_service_set_answer (fixture->service, actor, evaluation, item, state, points, &error));
  g_assert_no_error (error);
}

void
fixture_answer_all (Fixture      *fixture,
                    FlSession    *actor,
                    FlEvaluation *evaluation,
                    int           tone)
{
  fixture_answer (fixture, actor, evaluation, fixture->greeting, FL_ANSWER_STATE_POINTS, 10);
  fixture_answer (fixture, actor, evaluation, fixture->tone, FL_ANSWER_STATE_POINTS, tone);
  fixture_answer (fixture, actor, evaluation, fixture->argue, FL_ANSWER_STATE_POINTS, 10);
}

void
fixture_submit (Fixture      *fixture,
                FlSession    *actor,
                FlEvaluation *evaluation)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (fl_evaluation_service_submit (fixture->service, actor, evaluation, &error));
  g_assert_no_error (error);
}

gint64
fixture_count (Fixture    *fixture,
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

void
fixture_assert_summary (Fixture    *fixture,
                        gint64      recording_id,
                        const char *expected)
{
  g_autofree char *summary = recording_summary (fixture, recording_id);

  g_assert_cmpstr (summary, ==, expected);
}

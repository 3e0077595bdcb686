/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-disputes"

#include "evaluation-fixture.h"
#include "fl-dispute-service.h"
#include "fl-qa-error.h"
#include "fl-qa-results-service.h"

/* Disputes (申诉) on a real database. 孟晓丽 (qa) scored 王芳's call 1 and
 * answered the greeting "no": 15 of 25, 60 %, failed. 王芳 is in 张强's
 * team (lead); 赵敏 (lead2, account 5) leads another team; the department
 * head is account 9. */
#define TEAMS_SQL \
  "INSERT INTO staff (id, job_number, name) VALUES (5, '2000', '赵敏');" \
  "INSERT INTO teams (id, name, lead_staff_id) VALUES (1, 'Team A', 3), (2, 'Team B', 5);" \
  "UPDATE staff SET team_id = 1 WHERE id IN (1, 3);" \
  "INSERT INTO accounts (id, login, staff_id, roles, password_hash, created_at) VALUES " \
  "  (5, 'lead2', 5, 2, 'x', '2026-01-01T00:00:00Z'), (9, 'head', NULL, 4, 'x', '2026-01-01T00:00:00Z');"

typedef struct
{
  Fixture           base;
  FlDisputeService *disputes;
  FlSession        *lead2;
  FlSession        *head;
  FlEvaluation     *evaluation;
} DisputeFixture;

static void
dispute_setup (DisputeFixture *fixture,
               gconstpointer   data)
{
  g_autoptr(GError) error = NULL;

  fixture_setup (&fixture->base, data);
  g_assert_true (fl_database_exec (fixture->base.db.database, TEAMS_SQL, &error));
  g_assert_no_error (error);
  fixture->disputes = fl_dispute_service_new (fixture->base.db.database);
  fixture->lead2 = fl_session_new (5, "lead2", "赵敏", 5, FL_ROLE_TEAM_LEAD);
  fixture->head = fl_session_new (9, "head", "Head", 0, FL_ROLE_DEPT_HEAD);

  fixture->evaluation = fixture_start (&fixture->base, fixture->base.qa, 1);
  fixture_answer_all (&fixture->base, fixture->base.qa, fixture->evaluation, 5);
  fixture_answer (&fixture->base, fixture->base.qa, fixture->evaluation, fixture->base.greeting,
                  FL_ANSWER_STATE_POINTS, 0);
  fixture_submit (&fixture->base, fixture->base.qa, fixture->evaluation);
  fixture_assert_summary (&fixture->base, 1, "submitted 60.0 0");
}

static void
dispute_teardown (DisputeFixture *fixture,
                  gconstpointer   data)
{
  g_clear_object (&fixture->evaluation);
  g_clear_object (&fixture->disputes);
  g_clear_object (&fixture->lead2);
  g_clear_object (&fixture->head);
  fixture_teardown (&fixture->base, data);
}

static gint64
file_greeting (DisputeFixture *fixture)
{
  g_autoptr(GError) error = NULL;
  gint64 id = fl_dispute_service_file (fixture->disputes, fixture->base.lead,
                                       fl_evaluation_get_id (fixture->evaluation), fixture->base.greeting,
                                       "She gave the greeting; the line was noisy at the start.",
                                       FL_ANSWER_STATE_POINTS, 10, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static gint64
count (DisputeFixture *fixture,
       const char     *sql)
{
  return fixture_count (&fixture->base, sql);
}

/* Accepted by the auditor: the proposed answer replaces theirs, the call is
 * rescored (25 of 25) and stays submitted; the earlier version is in the
 * history with the decision as its reason. */
static void
test_accept (DisputeFixture *fixture,
             gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) history = NULL;
  g_autoptr(FlDispute) dispute = NULL;
  gint64 id = file_greeting (fixture);

  g_assert_false (fl_dispute_service_decide (fixture->disputes, fixture->base.qa2, id, FL_DISPUTE_ACCEPTED,
                                             0, 0, "Agreed", &error));
  g_assert_error (error, FL_QA_ERROR, FL_QA_ERROR_NOT_ALLOWED);
  g_clear_error (&error);

  g_assert_true (fl_dispute_service_decide (fixture->disputes, fixture->base.qa, id, FL_DISPUTE_ACCEPTED,
                                            0, 0, "Heard it again: the greeting is there.", &error));
  g_assert_no_error (error);
  fixture_assert_summary (&fixture->base, 1, "submitted 100.0 1");
  g_assert_cmpint (count (fixture, "SELECT points FROM evaluation_answers WHERE evaluation_id = 1 "
                                   "AND item_id = (SELECT min (id) FROM scorecard_items)"), ==, 10);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM evaluation_revisions WHERE reason = "
                                   "'Dispute: Heard it again: the greeting is there.'"), ==, 1);
  g_assert_cmpint (count (fixture, "SELECT revision FROM evaluations WHERE id = 1"), ==, 2);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM audit_log WHERE entity = 'disputes'"), ==, 2);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM audit_log WHERE entity = 'evaluations' "
                                   "AND action = 'revise'"), ==, 1);

  history = fl_dispute_service_list_for_evaluation (fixture->disputes, fixture->base.lead, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (history), ==, 1);
  dispute = g_list_model_get_item (history, 0);
  g_assert_cmpint (fl_dispute_get_fields (dispute)->state, ==, FL_DISPUTE_ACCEPTED);
  g_assert_cmpstr (fl_dispute_get_fields (dispute)->filed_by, ==, "张强");
  g_assert_cmpstr (fl_dispute_get_fields (dispute)->decided_by, ==, "孟晓丽");
  g_assert_cmpstr (fl_dispute_get_fields (dispute)->agent_name, ==, "王芳");
  g_assert_cmpint (fl_dispute_get_fields (dispute)->decided_points, ==, 10);
  g_assert_cmpint (fl_dispute_get_fields (dispute)->recording_id, ==, 1);
}

/* Kept by the department head: nothing changes but the dispute. */
static void
test_keep (DisputeFixture *fixture,
           gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = file_greeting (fixture);

  g_assert_true (fl_dispute_service_decide (fixture->disputes, fixture->head, id, FL_DISPUTE_KEPT, 0, 0,
                                            "The greeting is missing.", &error));
  g_assert_no_error (error);
  fixture_assert_summary (&fixture->base, 1, "submitted 60.0 0");
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM evaluation_revisions"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM disputes WHERE state = 'kept'"), ==, 1);
  g_assert_false (fl_dispute_service_decide (fixture->disputes, fixture->head, id, FL_DISPUTE_ACCEPTED, 0, 0,
                                             "Changed my mind", &error));
  g_assert_error (error, FL_QA_ERROR, FL_QA_ERROR_INVALID);
}

/* Changed to another answer: the lead says the tone does not apply; the
 * auditor decides it applies but scores it 2 of 5. */
static void
test_change (DisputeFixture *fixture,
             gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = fl_dispute_service_file (fixture->disputes, fixture->base.lead, 1, fixture->base.tone,
                                       "The tone does not apply: the caller hung up.",
                                       FL_ANSWER_STATE_NOT_APPLICABLE, 0, &error);

  g_assert_no_error (error);
  g_assert_true (fl_dispute_service_decide (fixture->disputes, fixture->base.qa, id, FL_DISPUTE_CHANGED,
                                            FL_ANSWER_STATE_POINTS, 2, "It applies, but was poor.", &error));
  g_assert_no_error (error);
  /* Greeting 0 of 10, tone 2 of 5, never argued 10 of 10: 12 of 25. */
  fixture_assert_summary (&fixture->base, 1, "submitted 48.0 0");
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM disputes WHERE state = 'changed' "
                                   "AND decided_points = 2 AND decided_not_applicable = 0"), ==, 1);
}

/* Who may file, when, and what. */
static void
test_file_refused (DisputeFixture *fixture,
                   gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  gint64 evaluation = fl_evaluation_get_id (fixture->evaluation);

  /* An auditor files no dispute; nor does another team's lead. */
  g_assert_cmpint (fl_dispute_service_file (fixture->disputes, fixture->base.qa2, evaluation,
                                            fixture->base.greeting, "No", FL_ANSWER_STATE_POINTS, 10, &error), ==, 0);
  g_assert_error (error, FL_SESSION_ERROR, FL_SESSION_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  g_assert_cmpint (fl_dispute_service_file (fixture->disputes, fixture->lead2, evaluation,
                                            fixture->base.greeting, "No", FL_ANSWER_STATE_POINTS, 10, &error), ==, 0);
  g_assert_error (error, FL_QA_ERROR, FL_QA_ERROR_NOT_ALLOWED);
  g_clear_error (&error);
  /* A reason and an answer that fits the item. */
  g_assert_cmpint (fl_dispute_service_file (fixture->disputes, fixture->base.lead, evaluation,
                                            fixture->base.greeting, " ", FL_ANSWER_STATE_POINTS, 10, &error), ==, 0);
  g_assert_error (error, FL_QA_ERROR, FL_QA_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (fl_dispute_service_file (fixture->disputes, fixture->base.lead, evaluation,
                                            fixture->base.greeting, "Why", FL_ANSWER_STATE_POINTS, 7, &error), ==, 0);
  g_assert_error (error, FL_EVALUATION_ERROR, FL_EVALUATION_ERROR_INVALID);
  g_clear_error (&error);
  /* The answer proposed is not the one given: the greeting was "no". */
  g_assert_cmpint (fl_dispute_service_file (fixture->disputes, fixture->base.lead, evaluation,
                                            fixture->base.greeting, "Why", FL_ANSWER_STATE_POINTS, 0, &error), ==, 0);
  g_assert_error (error, FL_QA_ERROR, FL_QA_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "the auditor gave"));
  g_clear_error (&error);
  /* One open dispute per item. */
  file_greeting (fixture);
  g_assert_cmpint (fl_dispute_service_file (fixture->disputes, fixture->base.lead, evaluation,
                                            fixture->base.greeting, "Again", FL_ANSWER_STATE_POINTS, 10, &error), ==, 0);
  g_assert_error (error, FL_QA_ERROR, FL_QA_ERROR_INVALID);
  g_clear_error (&error);
  /* Seven days after submission, and no later. */
  g_assert_true (fl_database_exec (fixture->base.db.database,
                                   "UPDATE evaluations SET submitted_at = strftime ('%Y-%m-%dT%H:%M:%SZ', "
                                   "  'now', '-8 days') WHERE id = 1", NULL));
  g_assert_cmpint (fl_dispute_service_file (fixture->disputes, fixture->base.lead, evaluation,
                                            fixture->base.tone, "Late", FL_ANSWER_STATE_POINTS, 5, &error), ==, 0);
  g_assert_error (error, FL_QA_ERROR, FL_QA_ERROR_TOO_LATE);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM disputes"), ==, 1);
}

/* A lead does not dispute a call they scored themselves (their
 * monitoring quota); they see the disputes they filed, and only those. */
static void
test_own_and_filed (DisputeFixture *fixture,
                    gconstpointer   data)
{
  g_autoptr(FlEvaluation) monitored = fixture_start (&fixture->base, fixture->base.lead, 1);
  g_autoptr(GListModel) filed = NULL;
  g_autoptr(GListModel) filed_by_lead2 = NULL;
  g_autoptr(GError) error = NULL;

  fixture_answer_all (&fixture->base, fixture->base.lead, monitored, 5);
  fixture_answer (&fixture->base, fixture->base.lead, monitored, fixture->base.greeting, FL_ANSWER_STATE_POINTS, 0);
  fixture_submit (&fixture->base, fixture->base.lead, monitored);
  g_assert_cmpint (fl_dispute_service_file (fixture->disputes, fixture->base.lead, fl_evaluation_get_id (monitored),
                                            fixture->base.greeting, "Noisy line", FL_ANSWER_STATE_POINTS, 10,
                                            &error), ==, 0);
  g_assert_error (error, FL_QA_ERROR, FL_QA_ERROR_NOT_ALLOWED);
  g_clear_error (&error);

  file_greeting (fixture);
  filed = fl_dispute_service_list_filed (fixture->disputes, fixture->base.lead, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (filed), ==, 1);
  filed_by_lead2 = fl_dispute_service_list_filed (fixture->disputes, fixture->lead2, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (filed_by_lead2), ==, 0);
  g_assert_null (fl_dispute_service_list_filed (fixture->disputes, fixture->base.qa, &error));
  g_assert_error (error, FL_SESSION_ERROR, FL_SESSION_ERROR_PERMISSION_DENIED);
}

/* Deciding needs a comment and an open month; the inboxes. */
static void
test_decide_refused (DisputeFixture *fixture,
                     gconstpointer   data)
{
  g_autoptr(FlQaResultsService) results = fl_qa_results_service_new (fixture->base.db.database);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) for_qa = NULL;
  g_autoptr(GListModel) for_qa2 = NULL;
  g_autoptr(GListModel) for_head = NULL;
  gint64 id = file_greeting (fixture);

  g_assert_false (fl_dispute_service_decide (fixture->disputes, fixture->base.qa, id, FL_DISPUTE_ACCEPTED, 0,
                                             0, "", &error));
  g_assert_error (error, FL_QA_ERROR, FL_QA_ERROR_INVALID);
  g_clear_error (&error);

  for_qa = fl_dispute_service_list_to_decide (fixture->disputes, fixture->base.qa, &error);
  for_qa2 = fl_dispute_service_list_to_decide (fixture->disputes, fixture->base.qa2, &error);
  for_head = fl_dispute_service_list_to_decide (fixture->disputes, fixture->head, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (for_qa), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (for_qa2), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (for_head), ==, 1);

  g_assert_true (fl_qa_results_service_close_month (results, fixture->head, "2026-03", &error));
  g_assert_no_error (error);
  g_assert_false (fl_dispute_service_decide (fixture->disputes, fixture->base.qa, id, FL_DISPUTE_ACCEPTED, 0,
                                             0, "Agreed", &error));
  g_assert_error (error, FL_QA_ERROR, FL_QA_ERROR_MONTH_CLOSED);
  fixture_assert_summary (&fixture->base, 1, "submitted 60.0 0");
}

int
main (int   argc,
      char *argv[])
{
  fl_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/disputes/" path, DisputeFixture, NULL, dispute_setup, func, dispute_teardown)
  ADD ("accept", test_accept);
  ADD ("keep", test_keep);
  ADD ("change", test_change);
  ADD ("file-refused", test_file_refused);
  ADD ("decide-refused", test_decide_refused);
  ADD ("own-and-filed", test_own_and_filed);
#undef ADD

  return g_test_run ();
}

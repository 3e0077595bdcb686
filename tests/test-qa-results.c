/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-qa-results"

#include <math.h>

#include "evaluation-fixture.h"
#include "fl-qa-error.h"
#include "fl-qa-month-table.h"
#include "fl-qa-results-service.h"

/* The month's QA results by the center's rules, from real rows: March 2026.
 *
 *   agent                  QA calls      monitored   complaints    points   total  rank
 *   11 (team 1)            20, all pass  95, 85      —             40       60     1
 *   12 (team 1)            20, 5 fail    60          —             0        20     3
 *   13 (team 2)            20, 2 fail    100         1 confirmed   24 + 10  34     2
 *   14 (team 2)            4, all fail   —           2 confirmed   8 + 0    8      4
 *   15 (team 2)            —             —           —             —        —      —
 *
 * The coefficient runs from 0.8 at 60 to 1.2 at 100: agent 11 (90) gets 1.1.
 * A calibration scoring, a draft and a February call count for nothing. */

#define AGENTS_SQL \
  "INSERT INTO teams (id, name) VALUES (1, 'Team A'), (2, 'Team B');" \
  "INSERT INTO staff (id, job_number, name, team_id) VALUES (11, '2011', 'Agent 11', 1), " \
  "  (12, '2012', 'Agent 12', 1), (13, '2013', 'Agent 13', 2), (14, '2014', 'Agent 14', 2), " \
  "  (15, '2015', 'Agent 15', 2);" \
  "UPDATE staff SET position = 'qa_auditor' WHERE id IN (2, 4);" \
  "UPDATE staff SET position = 'team_lead' WHERE id = 3;" \
  "INSERT INTO accounts (id, login, roles, password_hash, created_at) " \
  "  VALUES (9, 'head', 4, 'x', '2026-01-01T00:00:00Z');"

static void
insert_evaluation (Fixture    *fixture,
                   gint64      agent,
                   const char *purpose,
                   const char *state,
                   double      score,
                   const char *date)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  char text[G_ASCII_DTOSTR_BUF_SIZE];

  sql = g_strdup_printf ("INSERT INTO evaluations (recording_id, template_id, evaluator_account_id, "
                         "  agent_staff_id, state, score, passed, started_at, updated_at, purpose, "
                         "  call_date, call_month) "
                         "VALUES (2, %" G_GINT64_FORMAT ", 9, %" G_GINT64_FORMAT ", '%s', %s, %d, 'x', 'x', "
                         "  '%s', '%s', substr ('%s', 1, 7))",
                         fixture->template_id, agent, state, g_ascii_dtostr (text, sizeof text, score),
                         score >= 80, purpose, date, date);
  g_assert_true (fl_database_exec (fixture->db.database, sql, &error));
  g_assert_no_error (error);
}

/* @n QA calls of @agent in March, @failed of them failing (score 50, the
 * rest 90), on days 1 to n. */
static void
insert_qa_month (Fixture *fixture,
                 gint64   agent,
                 guint    n,
                 guint    failed)
{
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *date = g_strdup_printf ("2026-03-%02u", 1 + i % 28);

      insert_evaluation (fixture, agent, "qa", "submitted", i < failed ? 50 : 90, date);
    }
}

static void
insert_complaint (Fixture    *fixture,
                  gint64      agent,
                  const char *state)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = g_strdup_printf ("INSERT INTO complaints (received_on, month, agent_staff_id, "
                                          "  description, filed_at, state) "
                                          "VALUES ('2026-03-10', '2026-03', %" G_GINT64_FORMAT
                                          ", 'Rude', 'x', '%s')", agent, state);

  g_assert_true (fl_database_exec (fixture->db.database, sql, &error));
  g_assert_no_error (error);
}

static void
results_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture_setup (fixture, data);
  g_assert_true (fl_database_exec (fixture->db.database, AGENTS_SQL, &error));
  g_assert_no_error (error);

  insert_qa_month (fixture, 11, 20, 0);
  insert_qa_month (fixture, 12, 20, 5);
  insert_qa_month (fixture, 13, 20, 2);
  insert_qa_month (fixture, 14, 4, 4);
  insert_evaluation (fixture, 11, "monitoring", "submitted", 95, "2026-03-05");
  insert_evaluation (fixture, 11, "monitoring", "submitted", 85, "2026-03-20");
  insert_evaluation (fixture, 12, "monitoring", "submitted", 60, "2026-03-06");
  insert_evaluation (fixture, 13, "monitoring", "submitted", 100, "2026-03-07");
  insert_complaint (fixture, 13, "confirmed");
  insert_complaint (fixture, 13, "not_confirmed");
  insert_complaint (fixture, 14, "confirmed");
  insert_complaint (fixture, 14, "confirmed");
  /* Count for nothing: */
  insert_evaluation (fixture, 12, "calibration", "submitted", 10, "2026-03-09");
  insert_evaluation (fixture, 11, "qa", "draft", 10, "2026-03-09");
  insert_evaluation (fixture, 11, "qa", "submitted", 10, "2026-02-27");
  insert_evaluation (fixture, 11, "monitoring", "submitted", 10, "2026-02-27");
}

static GListModel *
list_month (Fixture    *fixture,
            const char *month,
            gint64      team_id)
{
  g_autoptr(FlQaResultsService) service = fl_qa_results_service_new (fixture->db.database);
  g_autoptr(GError) error = NULL;
  GListModel *results = fl_qa_results_service_list_month (service, fixture->qa, month, team_id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (results);
  return results;
}

static const FlQaMonthFigures *
figures_of (GListModel *results,
            gint64      staff_id)
{
  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(FlQaMonthResult) result = g_list_model_get_item (results, i);

      if (fl_qa_month_result_get_figures (result)->staff_id == staff_id)
        return fl_qa_month_result_get_figures (result);
    }
  return NULL;
}

/* Evaluated, passed, failed, QA points, coefficient, complaints, complaint
 * points, total and rank of one agent. */
static void
assert_line (GListModel *results,
             gint64      staff_id,
             guint       evaluated,
             guint       failed,
             double      qa_points,
             double      coefficient,
             guint       complaints,
             double      complaint_points,
             guint       rank)
{
  const FlQaMonthFigures *figures = figures_of (results, staff_id);

  g_assert_nonnull (figures);
  g_assert_cmpuint (figures->evaluated, ==, evaluated);
  g_assert_cmpuint (figures->failed, ==, failed);
  g_assert_cmpuint (figures->passed, ==, evaluated - failed);
  if (isnan (qa_points))
    g_assert_true (isnan (figures->qa_points) && isnan (figures->total));
  else
    {
      g_assert_cmpfloat (figures->qa_points, ==, qa_points);
      g_assert_cmpfloat (figures->total, ==, qa_points + complaint_points);
    }
  if (isnan (coefficient))
    g_assert_true (isnan (figures->coefficient));
  else
    g_assert_cmpfloat_with_epsilon (figures->coefficient, coefficient, 1e-9);
  g_assert_cmpuint (figures->complaints, ==, complaints);
  g_assert_cmpfloat (figures->complaint_points, ==, complaint_points);
  g_assert_cmpuint (figures->rank, ==, rank);
}

static void
assert_march (GListModel *results)
{
  assert_line (results, 11, 20, 0, 40, 1.1, 0, 20, 1);
  assert_line (results, 12, 20, 5, 0, 0.8, 0, 20, 3);
  assert_line (results, 13, 20, 2, 24, 1.2, 1, 10, 2);
  assert_line (results, 14, 4, 4, 8, NAN, 2, 0, 4);
  assert_line (results, 15, 0, 0, NAN, NAN, 0, 20, 0);
}

static void
test_month (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GListModel) results = list_month (fixture, "2026-03", 0);
  const FlQaMonthFigures *eleven = figures_of (results, 11);
  g_autoptr(FlQaMonthResult) first = g_list_model_get_item (results, 0);

  assert_march (results);
  g_assert_cmpuint (eleven->monitored, ==, 2);
  g_assert_cmpfloat_with_epsilon (eleven->monitored_score, 90, 1e-9);
  g_assert_cmpfloat_with_epsilon (eleven->average_score, 90, 1e-9);
  /* The active agents in job number order, 王芳 (1001) first; the QA
   * auditors and the team lead take no calls and are not listed. */
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 6);
  g_assert_cmpstr (fl_qa_month_result_get_job_number (first), ==, "1001");
}

/* A team's lines keep the center's ranking and coefficients. */
static void
test_team (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GListModel) results = list_month (fixture, "2026-03", 1);
  g_autoptr(FlQaMonthResult) second = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 2);
  second = g_list_model_get_item (results, 1);
  g_assert_cmpstr (fl_qa_month_result_get_name (second), ==, "Agent 12");
  g_assert_cmpstr (fl_qa_month_result_get_team_name (second), ==, "Team A");
  g_assert_true (fl_qa_month_result_is_top_three (second));
  assert_line (results, 12, 20, 5, 0, 0.8, 0, 20, 3);
}

/* Closing freezes; a later change to a March evaluation is refused; a
 * reopened month is live again, and both are in the audit log. */
static void
test_close_and_reopen (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(FlQaResultsService) service = fl_qa_results_service_new (fixture->db.database);
  g_autoptr(FlSession) head = fl_session_new (9, "head", "Head", 0, FL_ROLE_DEPT_HEAD);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) frozen = NULL;
  g_autoptr(GListModel) live = NULL;
  g_autoptr(FlEvaluation) evaluation = fixture_start (fixture, fixture->qa, 1);

  fixture_answer_all (fixture, fixture->qa, evaluation, 5);

  g_assert_false (fl_qa_results_service_close_month (service, fixture->qa, "2026-03", &error));
  g_assert_error (error, FL_SESSION_ERROR, FL_SESSION_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);

  g_assert_true (fl_qa_results_service_close_month (service, head, "2026-03", &error));
  g_assert_no_error (error);
  g_assert_true (fl_qa_results_service_is_closed (service, "2026-03"));
  g_assert_false (fl_qa_results_service_close_month (service, head, "2026-03", &error));
  g_assert_error (error, FL_QA_ERROR, FL_QA_ERROR_MONTH_CLOSED);
  g_clear_error (&error);

  /* A failing call that turns up in the data does not move a closed month, */
  insert_evaluation (fixture, 11, "qa", "submitted", 50, "2026-03-30");
  frozen = list_month (fixture, "2026-03", 0);
  assert_march (frozen);
  /* and the draft on a March call cannot be submitted. */
  g_assert_false (fl_evaluation_service_submit (fixture->service, fixture->qa, evaluation, &error));
  g_assert_error (error, FL_QA_ERROR, FL_QA_ERROR_MONTH_CLOSED);
  g_clear_error (&error);

  g_assert_false (fl_qa_results_service_reopen_month (service, head, "2026-03", "  ", &error));
  g_assert_error (error, FL_QA_ERROR, FL_QA_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (fl_qa_results_service_reopen_month (service, head, "2026-03",
                                                     "A missed call of agent 11", &error));
  g_assert_no_error (error);
  g_assert_false (fl_qa_results_service_is_closed (service, "2026-03"));
  live = list_month (fixture, "2026-03", 0);
  assert_line (live, 11, 21, 1, 32, 1.1, 0, 20, 1);
  fixture_submit (fixture, fixture->qa, evaluation);

  g_assert_cmpint (fixture_count (fixture, "SELECT count(*) FROM audit_log WHERE entity = 'qa_months' "
                                           "AND entity_id = 202603"), ==, 2);
  g_assert_cmpint (fixture_count (fixture, "SELECT count(*) FROM audit_log WHERE action = 'reopen' "
                                           "AND after_json LIKE '%A missed call of agent 11%'"), ==, 1);
}

/* An evaluation knows the call's month and what it is for: a QA auditor's
 * is QA, a team lead's is monitoring. */
static void
test_purpose (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(FlEvaluation) by_qa = fixture_start (fixture, fixture->qa, 1);
  g_autoptr(FlEvaluation) by_lead = fixture_start (fixture, fixture->lead, 3);

  fixture_answer_all (fixture, fixture->qa, by_qa, 5);
  fixture_answer_all (fixture, fixture->lead, by_lead, 5);
  g_assert_cmpint (fixture_count (fixture, "SELECT count(*) FROM evaluations WHERE recording_id = 1 "
                                           "AND evaluator_account_id = 1 AND purpose = 'qa' "
                                           "AND call_month = '2026-03'"), ==, 1);
  g_assert_cmpint (fixture_count (fixture, "SELECT count(*) FROM evaluations WHERE recording_id = 3 "
                                           "AND evaluator_account_id = 2 AND purpose = 'monitoring' "
                                           "AND call_date LIKE '2026-03-0%'"), ==, 1);
}

/* Agent 11's QA scores by month (February's one call, March's twenty) and
 * by week (March 2026 starts on a Sunday: its first day is in the week of
 * Monday 23 February). */
static void
test_trend (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(FlQaResultsService) service = fl_qa_results_service_new (fixture->db.database);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) months = fl_qa_results_service_agent_trend (service, fixture->qa, 11, "2026-01",
                                                                "2026-03", FALSE, &error);
  g_autoptr(GArray) weeks = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (months->len, ==, 2);
  g_assert_cmpstr (g_array_index (months, FlQaTrendPoint, 0).period, ==, "2026-02");
  g_assert_cmpuint (g_array_index (months, FlQaTrendPoint, 0).evaluated, ==, 1);
  g_assert_cmpfloat (g_array_index (months, FlQaTrendPoint, 0).average_score, ==, 10);
  g_assert_cmpstr (g_array_index (months, FlQaTrendPoint, 1).period, ==, "2026-03");
  g_assert_cmpuint (g_array_index (months, FlQaTrendPoint, 1).evaluated, ==, 20);
  g_assert_cmpuint (g_array_index (months, FlQaTrendPoint, 1).passed, ==, 20);

  weeks = fl_qa_results_service_agent_trend (service, fixture->qa, 11, "2026-03", "2026-03", TRUE, &error);
  g_assert_no_error (error);
  /* 1 March (Sunday), then 2–8, 9–15, 16–20 (days 1 to 20). */
  g_assert_cmpuint (weeks->len, ==, 4);
  g_assert_cmpstr (g_array_index (weeks, FlQaTrendPoint, 0).period, ==, "2026-02-23");
  g_assert_cmpuint (g_array_index (weeks, FlQaTrendPoint, 0).evaluated, ==, 1);
  g_assert_cmpstr (g_array_index (weeks, FlQaTrendPoint, 1).period, ==, "2026-03-02");
  g_assert_cmpuint (g_array_index (weeks, FlQaTrendPoint, 1).evaluated, ==, 7);
  g_assert_cmpstr (g_array_index (weeks, FlQaTrendPoint, 3).period, ==, "2026-03-16");
  g_assert_cmpuint (g_array_index (weeks, FlQaTrendPoint, 3).evaluated, ==, 5);
}

/* The month's table for a spreadsheet: a heading row and a row per agent;
 * agent 15, with nothing evaluated, has empty figures and no rank. */
static void
test_csv (Fixture       *fixture,
          gconstpointer  data)
{
  g_autoptr(GListModel) results = list_month (fixture, "2026-03", 2);
  g_autoptr(GBytes) csv = fl_qa_month_table_to_csv (results);
  g_autofree char *text = g_strndup (g_bytes_get_data (csv, NULL), g_bytes_get_size (csv));
  g_auto(GStrv) rows = g_strsplit (text + 3, "\r\n", -1);

  g_assert_true (g_str_has_prefix (text, "\xEF\xBB\xBFRank,Job Number,Name,Team,"));
  g_assert_cmpuint (g_strv_length (rows), ==, 5);
  g_assert_cmpstr (rows[1], ==, "2,2013,Agent 13,Team B,20,18,2,86.0,24,1,100.0,1.2,1,10,34");
  g_assert_cmpstr (rows[2], ==, "4,2014,Agent 14,Team B,4,0,4,50.0,8,0,,,2,0,8");
  g_assert_cmpstr (rows[3], ==, ",2015,Agent 15,Team B,0,0,0,,,0,,,0,20,");
  g_assert_cmpstr (rows[4], ==, "");
}

int
main (int   argc,
      char *argv[])
{
  fl_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/qa-results/" path, Fixture, NULL, results_setup, func, fixture_teardown)
  ADD ("month", test_month);
  ADD ("team", test_team);
  ADD ("close-and-reopen", test_close_and_reopen);
  ADD ("purpose", test_purpose);
  ADD ("trend", test_trend);
  ADD ("csv", test_csv);
#undef ADD

  return g_test_run ();
}

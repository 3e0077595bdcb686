/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-qa-reports"

#include "evaluation-fixture.h"
#include "fl-qa-error.h"
#include "fl-qa-report-service.h"
#include "fl-qa-statement.h"

/* The department head's reports on a real database. 孟晓丽 (qa) scores
 * 王芳's calls of Monday 2 and Wednesday 4 March 2026: the first 25 of 25
 * (100 %, passed), the second without the greeting, 15 of 25 (60 %,
 * failed); 张强 (lead) monitors the first: 24 of 25. */

static void
score_march (Fixture *fixture)
{
  g_autoptr(FlEvaluation) first = fixture_start (fixture, fixture->qa, 1);
  g_autoptr(FlEvaluation) second = fixture_start (fixture, fixture->qa, 3);
  g_autoptr(FlEvaluation) monitored = fixture_start (fixture, fixture->lead, 1);

  fixture_answer_all (fixture, fixture->qa, first, 5);
  fixture_submit (fixture, fixture->qa, first);
  fixture_answer_all (fixture, fixture->qa, second, 5);
  fixture_answer (fixture, fixture->qa, second, fixture->greeting, FL_ANSWER_STATE_POINTS, 0);
  fixture_submit (fixture, fixture->qa, second);
  fixture_answer_all (fixture, fixture->lead, monitored, 4);
  fixture_submit (fixture, fixture->lead, monitored);
}

static FlQaReportService *
new_service (Fixture *fixture)
{
  return fl_qa_report_service_new (fixture->db.database);
}

static void
test_trend (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(FlQaReportService) reports = new_service (fixture);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) monthly = NULL;
  g_autoptr(GArray) weekly = NULL;
  g_autoptr(GArray) center = NULL;
  g_autoptr(GArray) other_team = NULL;
  FlQaTrendPoint *point;

  score_march (fixture);
  monthly = fl_qa_report_service_trend (reports, fixture->lead, 0, 1, "2026-01", "2026-03", FALSE, &error);
  g_assert_no_error (error);
  /* Only QA counts: the lead's monitoring makes the coefficient. */
  g_assert_cmpuint (monthly->len, ==, 1);
  point = &g_array_index (monthly, FlQaTrendPoint, 0);
  g_assert_cmpstr (point->period, ==, "2026-03");
  g_assert_cmpuint (point->evaluated, ==, 2);
  g_assert_cmpuint (point->passed, ==, 1);
  g_assert_cmpfloat_with_epsilon (point->average_score, 80, 1e-9);

  /* Both calls fall in the week of Monday 2 March. */
  weekly = fl_qa_report_service_trend (reports, fixture->lead, 0, 1, "2026-03", "2026-03", TRUE, &error);
  g_assert_cmpuint (weekly->len, ==, 1);
  g_assert_cmpstr (g_array_index (weekly, FlQaTrendPoint, 0).period, ==, "2026-03-02");

  center = fl_qa_report_service_trend (reports, fixture->lead, 0, 0, "2026-03", "2026-03", FALSE, &error);
  g_assert_cmpuint (center->len, ==, 1);
  other_team = fl_qa_report_service_trend (reports, fixture->lead, 7, 0, "2026-03", "2026-03", FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (other_team->len, ==, 0);
}

static void
test_failed_items_and_workload (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(FlQaReportService) reports = new_service (fixture);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) items = NULL;
  g_autoptr(GArray) workload = NULL;
  FlQaWorkload *auditor;
  FlQaWorkload *lead;

  score_march (fixture);
  /* Only the greeting was missed, once in the two QA calls. */
  items = fl_qa_report_service_failed_items (reports, fixture->qa, 0, 0, "2026-03", "2026-03", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (items->len, ==, 1);
  g_assert_cmpstr (g_array_index (items, FlQaItemFailures, 0).item_text, ==, "Standard greeting");
  g_assert_cmpuint (g_array_index (items, FlQaItemFailures, 0).failures, ==, 1);
  g_assert_cmpuint (g_array_index (items, FlQaItemFailures, 0).answered, ==, 2);

  workload = fl_qa_report_service_workload (reports, fixture->qa, "2026-03", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (workload->len, ==, 2);
  auditor = &g_array_index (workload, FlQaWorkload, 0);
  lead = &g_array_index (workload, FlQaWorkload, 1);
  g_assert_cmpstr (auditor->name, ==, "孟晓丽");
  g_assert_cmpuint (auditor->qa, ==, 2);
  g_assert_cmpuint (auditor->monitoring, ==, 0);
  g_assert_cmpstr (lead->name, ==, "张强");
  g_assert_cmpuint (lead->monitoring, ==, 1);
  g_assert_cmpuint (lead->drafts, ==, 0);
}

static void
test_refusals (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(FlQaReportService) reports = new_service (fixture);
  g_autoptr(FlSession) nobody = fl_test_session (FL_ROLE_NONE);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) trend = NULL;

  trend = fl_qa_report_service_trend (reports, nobody, 0, 0, "2026-03", "2026-03", FALSE, &error);
  g_assert_error (error, FL_SESSION_ERROR, FL_SESSION_ERROR_PERMISSION_DENIED);
  g_assert_null (trend);
  g_clear_error (&error);
  trend = fl_qa_report_service_trend (reports, fixture->qa, 0, 0, "March", "2026-03", FALSE, &error);
  g_assert_error (error, FL_QA_ERROR, FL_QA_ERROR_INVALID);
  g_assert_null (trend);
}

/* 王芳's statement for March: her figures, then the three calls. */
static void
test_statement (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(FlQaReportService) reports = new_service (fixture);
  g_autoptr(FlQaResultsService) results = fl_qa_results_service_new (fixture->db.database);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) lines = NULL;
  g_autoptr(GListModel) month = NULL;
  g_autoptr(FlQaMonthResult) result = NULL;
  g_autoptr(FlReportTable) statement = NULL;
  g_autoptr(GBytes) csv = NULL;
  FlQaRules rules;
  const char *value = NULL;
  g_autofree char *text = NULL;

  score_march (fixture);
  lines = fl_qa_report_service_statement_lines (reports, fixture->lead, 1, "2026-03", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (lines->len, ==, 3);
  g_assert_cmpstr (g_array_index (lines, FlQaStatementLine, 0).call_date, ==, "2026-03-02");
  g_assert_cmpstr (g_array_index (lines, FlQaStatementLine, 2).missed, ==, "Standard greeting");
  g_assert_false (g_array_index (lines, FlQaStatementLine, 2).passed);

  month = fl_qa_results_service_list_month (results, fixture->lead, "2026-03", 0, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (month) && result == NULL; i++)
    {
      g_autoptr(FlQaMonthResult) candidate = g_list_model_get_item (month, i);

      if (fl_qa_month_result_get_figures (candidate)->staff_id == 1)
        result = g_steal_pointer (&candidate);
    }
  g_assert_nonnull (result);
  fl_qa_results_service_get_rules (results, &rules);
  statement = fl_qa_statement_new (result, "2026-03", lines, &rules);

  g_assert_cmpstr (fl_report_table_get_title (statement), ==, "QA Statement: 王芳 (1001)");
  /* One failing call of two: 40 − 8. */
  g_assert_cmpstr (fl_report_table_get_fact (statement, 2, &value), ==, "QA points (话务质检)");
  g_assert_cmpstr (value, ==, "32 of 40");
  g_assert_cmpuint (fl_report_table_get_n_rows (statement), ==, 3);
  g_assert_cmpstr (fl_report_table_get_cell (statement, 1, 2), ==, "Monitoring");
  g_assert_cmpstr (fl_report_table_get_cell (statement, 2, 3), ==, "60.0");
  g_assert_cmpstr (fl_report_table_get_cell (statement, 2, 4), ==, "Fail");

  csv = fl_report_table_to_csv (statement);
  text = g_strndup (g_bytes_get_data (csv, NULL), g_bytes_get_size (csv));
  g_assert_true (g_str_has_prefix (text, "\xef\xbb\xbfQA Statement: 王芳 (1001)\r\n"));
  g_assert_nonnull (strstr (text, "2026-03-04,孟晓丽,QA,60.0,Fail,Standard greeting\r\n"));
}

static void
dashboard_ready_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  FlQaDashboard **dashboard = user_data;
  g_autoptr(GError) error = NULL;

  *dashboard = fl_qa_report_service_dashboard_finish (FL_QA_REPORT_SERVICE (source), result, &error);
  g_assert_no_error (error);
}

/* All of it at once, off the main thread. */
static void
test_dashboard (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(FlQaReportService) reports = new_service (fixture);
  g_autoptr(FlQaDashboard) dashboard = NULL;

  score_march (fixture);
  fl_qa_report_service_dashboard_async (reports, fixture->qa, 0, 0, "2026-04", 6, NULL, dashboard_ready_cb,
                                        &dashboard);
  while (dashboard == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (dashboard->monthly->len, ==, 1);
  g_assert_cmpuint (dashboard->weekly->len, ==, 1);
  g_assert_cmpuint (dashboard->failed_items->len, ==, 1);
  /* The workload is the last month's: April has none. */
  g_assert_cmpuint (dashboard->workload->len, ==, 0);
}

int
main (int    argc,
      char **argv)
{
  fl_test_init (&argc, &argv);

  EVALUATION_TEST ("/qa-reports/trend", test_trend);
  EVALUATION_TEST ("/qa-reports/failed-items-and-workload", test_failed_items_and_workload);
  EVALUATION_TEST ("/qa-reports/refusals", test_refusals);
  EVALUATION_TEST ("/qa-reports/dashboard", test_dashboard);
  EVALUATION_TEST ("/qa-reports/statement", test_statement);

  return g_test_run ();
}

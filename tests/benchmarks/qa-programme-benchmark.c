/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "qa-programme-benchmark"

/*
 * Not a test: prints how the QA programme's queries perform at the size of
 * a big center (meson test --benchmark qa-programme, or run it directly;
 * --evaluations N for another size, --keep PATH to keep the database,
 * --make-only to stop once it is made, as the dashboard's window benchmark does).
 *
 * A database of 1,000,000 submitted evaluations over 300 agents in 10
 * teams and a year (December 2025 to November 2026: about 280 per agent and
 * month, a tenth failing, a supervisor's monitoring now and then), 1,500
 * confirmed or open complaints, and November's calls (600 per agent) to
 * draw a sample from. Then, each the best of 5:
 *
 *   - the month's results for every agent (FlQaResultsService), beside the
 *     naive query that computes each row's month with strftime();
 *   - one agent's score trend over the year, by week;
 *   - drawing November's sampling plan for the whole center (300 agents,
 *     20 calls each for QA and 2 for monitoring), from scratch.
 */

#include <glib/gstdio.h>
#include <locale.h>
#include <math.h>
#include <stdlib.h>

#include "fl-qa-report-service.h"
#include "fl-qa-results-service.h"
#include "fl-sampling-service.h"
#include "fl-test-util.h"

#define N_AGENTS        300
#define N_TEAMS         10
#define CALLS_PER_AGENT 600
#define RUNS            5

static int n_evaluations = 1000000;
static char *keep_path = NULL;
static gboolean make_only = FALSE;

/* The center: agents 1–300 (job numbers 3001…) in 10 teams led by staff
 * 1001–1010 (accounts 11–20), four QA auditors (accounts 1–4), a head. */
static void
make_people (FlDatabase *database)
{
  g_autofree char *sql = NULL;

  fl_test_exec (database, "BEGIN");
  for (int team = 1; team <= N_TEAMS; team++)
    {
      sql = g_strdup_printf ("INSERT INTO staff (id, job_number, name, position) "
                             "VALUES (%d, '%d', 'Lead %d', 'team_lead');"
                             "INSERT INTO teams (id, name, lead_staff_id) VALUES (%d, 'Team %d', %d);"
                             "UPDATE staff SET team_id = %d WHERE id = %d;"
                             "INSERT INTO accounts (id, login, staff_id, roles, password_hash, created_at) "
                             "VALUES (%d, 'lead%d', %d, 2, 'x', '2025-01-01T00:00:00Z');",
                             1000 + team, 1000 + team, team, team, team, 1000 + team, team, 1000 + team,
                             10 + team, team, 1000 + team);
      fl_test_exec (database, sql);
      g_clear_pointer (&sql, g_free);
    }
  fl_test_exec (database,
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300) "
        "INSERT INTO staff (id, job_number, name, team_id, position) "
        "SELECT i, 3000 + i, 'Agent ' || i, 1 + (i - 1) % 10, 'agent' FROM n;"
        "INSERT INTO staff (id, job_number, name, position) VALUES "
        "  (2001, '0001', 'Auditor 1', 'qa_auditor'), (2002, '0002', 'Auditor 2', 'qa_auditor'), "
        "  (2003, '0003', 'Auditor 3', 'qa_auditor'), (2004, '0004', 'Auditor 4', 'qa_auditor');"
        "INSERT INTO accounts (id, login, staff_id, roles, password_hash, created_at) VALUES "
        "  (1, 'qa1', 2001, 1, 'x', '2025-01-01T00:00:00Z'), (2, 'qa2', 2002, 1, 'x', '2025-01-01T00:00:00Z'), "
        "  (3, 'qa3', 2003, 1, 'x', '2025-01-01T00:00:00Z'), (4, 'qa4', 2004, 1, 'x', '2025-01-01T00:00:00Z'), "
        "  (5, 'head', NULL, 4, 'x', '2025-01-01T00:00:00Z');"
        "INSERT INTO scorecard_templates (id, family_id, name, created_at) VALUES (1, 1, 'Inbound', 'x');");
  fl_test_exec (database, "COMMIT");
}

/* November's calls, 600 per agent over the month, in 8 queues, a few too
 * short; and the year's evaluations and complaints, generated in SQL. */
static void
make_history (FlDatabase *database)
{
  g_autofree char *evaluations = NULL;

  fl_test_exec (database, "BEGIN");
  fl_test_exec (database,
        "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 300 * 600 - 1) "
        "INSERT INTO recordings (id, path, agent_staff_id, started_at, queue, duration_ms, imported_at, "
        "  updated_at) "
        "SELECT i + 1, '/calls/' || i || '.wav', 1 + i % 300, "
        "  strftime ('%Y-%m-%dT%H:%M:%SZ', '2026-11-01T01:00:00Z', '+' || (i * 7 % 29) || ' days', "
        "    '+' || (i % 600) || ' minutes'), "
        "  '40' || (i % 8), CASE WHEN i % 23 = 0 THEN 9000 ELSE 60000 + i % 900000 END, 'x', 'x' FROM n");
  evaluations = g_strdup_printf (
        "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < %d - 1) "
        "INSERT INTO evaluations (recording_id, template_id, evaluator_account_id, agent_staff_id, state, "
        "  score, passed, started_at, updated_at, submitted_at, purpose, call_date, call_month) "
        "SELECT 1 + i %% 180000, 1, 1 + i %% 4, 1 + i %% 300, 'submitted', s, s >= 80, 'x', 'x', 'x', "
        "  CASE WHEN i %% 97 = 0 THEN 'monitoring' ELSE 'qa' END, d, substr (d, 1, 7) "
        "FROM (SELECT i, 55 + (i * 7919) %% 46 AS s, "
        "        date ('2025-12-01', '+' || ((i / 300) * 365 / (%d / 300 + 1)) || ' days') AS d FROM n)",
        n_evaluations, n_evaluations);
  fl_test_exec (database, evaluations);
  fl_test_exec (database,
        "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 1499) "
        "INSERT INTO complaints (received_on, month, agent_staff_id, description, filed_at, state) "
        "SELECT d, substr (d, 1, 7), 1 + (i * 37) % 300, 'Complaint ' || i, 'x', "
        "  CASE WHEN i % 3 = 0 THEN 'confirmed' ELSE 'open' END "
        "FROM (SELECT i, date ('2025-12-01', '+' || (i % 365) || ' days') AS d FROM n)");
  fl_test_exec (database, "COMMIT");
  fl_test_exec (database, "ANALYZE");
}

/* What the issue calls the naive way: every row's month computed. */
static void
naive_month (FlDatabase *database)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;
  guint rows = 0;

  statement = fl_database_prepare (database,
                                   "SELECT agent_staff_id, count(*), total (passed = 0), avg (score) "
                                   "FROM evaluations WHERE strftime ('%Y-%m', call_date) = '2026-11' "
                                   "  AND purpose = 'qa' AND state = 'submitted' GROUP BY agent_staff_id",
                                   &error);
  while (fl_database_step (database, statement, &has_row, &error) && has_row)
    rows++;
  g_assert_no_error (error);
  g_assert_cmpuint (rows, ==, N_AGENTS);
}

int
main (int   argc,
      char *argv[])
{
  GOptionEntry entries[] = {
    { "evaluations", 0, 0, G_OPTION_ARG_INT, &n_evaluations, "Evaluations to generate", "N" },
    { "keep", 0, 0, G_OPTION_ARG_FILENAME, &keep_path, "Keep the database here", "PATH" },
    { "make-only", 0, 0, G_OPTION_ARG_NONE, &make_only, "Make the database, measure nothing", NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *path = NULL;
  g_autoptr(FlDatabase) database = NULL;
  g_autoptr(FlQaResultsService) results = NULL;
  g_autoptr(FlSamplingService) sampling = NULL;
  g_autoptr(FlSession) head = fl_session_new (5, "head", "Head", 0, FL_ROLE_DEPT_HEAD);
  g_autoptr(FlQaReportService) reports = NULL;
  double best_month = INFINITY, best_naive = INFINITY, best_trend = INFINITY, best_draw = INFINITY;
  double best_center_trend = INFINITY, best_team_trend = INFINITY, best_workload = INFINITY;
  FlSamplingOutcome outcome = { 0, };
  gint64 start;

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    g_error ("%s", error->message);

  folder = fl_test_make_folder ();
  path = keep_path != NULL ? g_strdup (keep_path) : g_build_filename (folder, "floorlead.db", NULL);
  g_unlink (path);
  database = fl_database_open (path, &error);
  g_assert_no_error (error);

  start = g_get_monotonic_time ();
  make_people (database);
  make_history (database);
  g_print ("QA programme: %d evaluations, %d agents, %d November calls (made in %.1f s)\n\n",
           n_evaluations, N_AGENTS, N_AGENTS * CALLS_PER_AGENT, fl_test_ms_since (start) / 1000);
  if (make_only)
    {
      g_clear_object (&database);
      fl_test_remove_folder (folder);
      return 0;
    }

  results = fl_qa_results_service_new (database);
  sampling = fl_sampling_service_new (database);
  reports = fl_qa_report_service_new (database);
  for (int run = 0; run < RUNS; run++)
    {
      g_autoptr(GListModel) month = NULL;
      g_autoptr(GArray) trend = NULL;
      g_autoptr(GArray) center = NULL;
      g_autoptr(GArray) team = NULL;
      g_autoptr(GArray) workload = NULL;

      /* The dashboard's queries: the center's and a team's six months by
       * week, and the scorers' month. */
      start = g_get_monotonic_time ();
      center = fl_qa_report_service_trend (reports, head, 0, 0, "2026-06", "2026-11", TRUE, &error);
      best_center_trend = MIN (best_center_trend, fl_test_ms_since (start));
      g_assert_no_error (error);
      g_assert_cmpuint (center->len, >=, 20);
      start = g_get_monotonic_time ();
      team = fl_qa_report_service_trend (reports, head, 1, 0, "2026-06", "2026-11", TRUE, &error);
      best_team_trend = MIN (best_team_trend, fl_test_ms_since (start));
      g_assert_no_error (error);
      start = g_get_monotonic_time ();
      workload = fl_qa_report_service_workload (reports, head, "2026-11", &error);
      best_workload = MIN (best_workload, fl_test_ms_since (start));
      g_assert_no_error (error);

      start = g_get_monotonic_time ();
      month = fl_qa_results_service_list_month (results, head, "2026-11", 0, &error);
      best_month = MIN (best_month, fl_test_ms_since (start));
      g_assert_no_error (error);
      g_assert_cmpuint (g_list_model_get_n_items (month), ==, N_AGENTS);

      start = g_get_monotonic_time ();
      naive_month (database);
      best_naive = MIN (best_naive, fl_test_ms_since (start));

      start = g_get_monotonic_time ();
      trend = fl_qa_results_service_agent_trend (results, head, 1 + run, "2025-12", "2026-11", TRUE, &error);
      best_trend = MIN (best_trend, fl_test_ms_since (start));
      g_assert_no_error (error);
      g_assert_cmpuint (trend->len, >=, 50);

      fl_test_exec (database, "DELETE FROM sample_assignments; DELETE FROM sampling_plans;");
      start = g_get_monotonic_time ();
      if (!fl_sampling_service_draw (sampling, head, "2026-11", 0, &outcome, &error))
        g_error ("%s", error->message);
      best_draw = MIN (best_draw, fl_test_ms_since (start));
      g_assert_cmpuint (outcome.drawn_qa, ==, N_AGENTS * 20);
    }

  g_print ("%-58s %12s   %s\n", "what (best of 5)", "time", "target");
  fl_test_print_timing ("month's results, all 300 agents (indexed, FlQaResultsService)", best_month, "< 50 ms");
  fl_test_print_timing ("… the same counts, naive (strftime() per row, no index)", best_naive, "(reference)");
  fl_test_print_timing ("one agent's trend over a year, by week", best_trend, "< 5 ms");
  fl_test_print_timing ("drawing November's plan, 300 agents (6,000 + 600 calls)", best_draw, "< 200 ms");
  fl_test_print_timing ("dashboard: the center's six months by week", best_center_trend, "(worker thread)");
  fl_test_print_timing ("dashboard: one team's six months by week", best_team_trend, "(worker thread)");
  fl_test_print_timing ("dashboard: the scorers' month", best_workload, "(worker thread)");
  g_print ("\nThe drawn plan: %u agents, %u calls for QA, %u for monitoring.\n", outcome.agents,
           outcome.drawn_qa, outcome.drawn_monitoring);

  g_clear_object (&results);
  g_clear_object (&sampling);
  g_clear_object (&reports);
  g_clear_object (&database);
  fl_test_remove_folder (folder);
  return 0;
}

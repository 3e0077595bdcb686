/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-sampling"

#include "fl-qa-error.h"
#include "fl-sampling-service.h"
#include "fl-test-util.h"

/* The month's sampling plan on a real database: who and what is drawn,
 * for whom, topping up, progress and the next call to score.
 *
 * Team A (lead 张强, account 4) has agents 1–3, team B (lead 赵敏, account
 * 5) agent 4; agent 5 has left. 孟晓丽 (account 1) and 李娜 (account 2) are
 * QA auditors; so is agent 1, part-time (account 3). October 2026: each
 * agent has 40 calls of two minutes over the month in two queues, 3 calls
 * too short to judge and 2 already evaluated; a few September calls. */
#define PEOPLE_SQL \
  "INSERT INTO staff (id, job_number, name, team_id, position, status) VALUES " \
  "  (1, '1001', '王芳', NULL, 'agent', 'active'), (2, '1002', '刘洋', NULL, 'agent', 'active'), " \
  "  (3, '1003', 'Emily Chen', NULL, 'agent', 'active'), (4, '1004', '陈静', NULL, 'agent', 'active'), " \
  "  (5, '1005', '周杰', NULL, 'agent', 'departed'), (10, '1000', '张强', NULL, 'team_lead', 'active'), " \
  "  (20, '2000', '赵敏', NULL, 'team_lead', 'active'), (30, '0003', '孟晓丽', NULL, 'qa_auditor', 'active'), " \
  "  (31, '0004', '李娜', NULL, 'qa_auditor', 'active');" \
  "INSERT INTO teams (id, name, lead_staff_id) VALUES (1, 'Team A', 10), (2, 'Team B', 20);" \
  "UPDATE staff SET team_id = 1 WHERE id IN (1, 2, 3, 5, 10);" \
  "UPDATE staff SET team_id = 2 WHERE id IN (4, 20);" \
  "INSERT INTO accounts (id, login, staff_id, roles, password_hash, created_at) VALUES " \
  "  (1, 'qa1', 30, 1, 'x', '2026-01-01T00:00:00Z'), (2, 'qa2', 31, 1, 'x', '2026-01-01T00:00:00Z'), " \
  "  (3, 'wangfang', 1, 1, 'x', '2026-01-01T00:00:00Z'), (4, 'lead1', 10, 2, 'x', '2026-01-01T00:00:00Z'), " \
  "  (5, 'lead2', 20, 2, 'x', '2026-01-01T00:00:00Z'), (6, 'head', NULL, 4, 'x', '2026-01-01T00:00:00Z');"

typedef struct
{
  FlTestDatabase     db;
  FlSamplingService *service;
  FlSession         *qa;
  FlSession         *lead;
  gint64             next_recording;
} Fixture;

/* @n calls of @agent in October from day @first_day on, a call every
 * @n-th of the month, in two queues; @duration_ms long; @state the
 * recording's evaluation state. */
static void
add_calls (Fixture    *fixture,
           gint64      agent,
           guint       n,
           gint64      duration_ms,
           const char *state,
           const char *month)
{
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *sql = NULL;
      gint64 id = fixture->next_recording++;
      guint day = 2 + i * 28 / MAX (n, 1);

      sql = g_strdup_printf ("INSERT INTO recordings (id, path, agent_staff_id, started_at, queue, "
                             "  duration_ms, evaluation_state, imported_at, updated_at) "
                             "VALUES (%" G_GINT64_FORMAT ", '/calls/%" G_GINT64_FORMAT ".wav', %"
                             G_GINT64_FORMAT ", '%s-%02uT12:%02u:00Z', '%s', %" G_GINT64_FORMAT
                             ", '%s', '2026-11-01T00:00:00Z', '2026-11-01T00:00:00Z')",
                             id, id, agent, month, day, i % 60, i % 2 ? "sales" : "support",
                             duration_ms, state);
      g_assert_true (fl_database_exec (fixture->db.database, sql, &error));
      g_assert_no_error (error);
    }
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fl_test_database_setup (&fixture->db, data);
  g_assert_true (fl_database_exec (fixture->db.database, PEOPLE_SQL, &error));
  g_assert_no_error (error);
  fixture->service = fl_sampling_service_new (fixture->db.database);
  fixture->qa = fl_session_new (1, "qa1", "孟晓丽", 30, FL_ROLE_QA_AUDITOR);
  fixture->lead = fl_session_new (4, "lead1", "张强", 10, FL_ROLE_TEAM_LEAD);
  fixture->next_recording = 1;

  for (gint64 agent = 1; agent <= 5; agent++)
    {
      add_calls (fixture, agent, agent == 4 && data != NULL ? 5 : 40, 120000, "none", "2026-10");
      add_calls (fixture, agent, 3, 10000, "none", "2026-10");
      add_calls (fixture, agent, 2, 120000, "submitted", "2026-10");
      add_calls (fixture, agent, 4, 120000, "none", "2026-09");
    }
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_object (&fixture->qa);
  g_clear_object (&fixture->lead);
  g_clear_object (&fixture->service);
  fl_test_database_teardown (&fixture->db, data);
}

static gint64
count (Fixture    *fixture,
       const char *sql)
{
  return fl_test_count_rows (fixture->db.database, sql);
}

static void
draw (Fixture           *fixture,
      gint64             team_id,
      FlSamplingOutcome *outcome)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (fl_sampling_service_draw (fixture->service, fixture->qa, "2026-10", team_id, outcome,
                                           &error));
  g_assert_no_error (error);
}

/* 20 calls per active agent for QA and 2 for monitoring, of October's
 * long enough calls that nobody evaluated. */
static void
test_draw (Fixture       *fixture,
           gconstpointer  data)
{
  FlSamplingOutcome outcome;

  draw (fixture, 0, &outcome);
  g_assert_cmpint (outcome.plan_id, >, 0);
  g_assert_cmpuint (outcome.agents, ==, 4);
  g_assert_cmpuint (outcome.drawn_qa, ==, 80);
  g_assert_cmpuint (outcome.drawn_monitoring, ==, 8);
  g_assert_cmpuint (outcome.short_agents, ==, 0);

  g_assert_cmpint (count (fixture, "SELECT count(*) FROM sample_assignments"), ==, 88);
  for (gint64 agent = 1; agent <= 4; agent++)
    {
      g_autofree char *qa = g_strdup_printf ("SELECT count(*) FROM sample_assignments "
                                             "WHERE agent_staff_id = %" G_GINT64_FORMAT
                                             " AND purpose = 'qa'", agent);
      g_autofree char *weeks = g_strdup_printf ("SELECT count(DISTINCT (CAST (substr (r.started_at, 9, 2) "
                                                "AS INTEGER) - 1) / 7) FROM sample_assignments a "
                                                "JOIN recordings r ON r.id = a.recording_id "
                                                "WHERE a.agent_staff_id = %" G_GINT64_FORMAT, agent);

      g_assert_cmpint (count (fixture, qa), ==, 20);
      g_assert_cmpint (count (fixture, weeks), ==, 5);
    }
  /* Never the departed agent, a short call, an evaluated call, September,
   * or the same call twice. */
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM sample_assignments WHERE agent_staff_id = 5"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM sample_assignments a JOIN recordings r "
                                   "ON r.id = a.recording_id WHERE r.duration_ms < 30000 "
                                   "OR r.evaluation_state != 'none' OR r.started_at < '2026-10'"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count(DISTINCT recording_id) FROM sample_assignments"), ==, 88);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM audit_log WHERE entity = 'sampling_plans' "
                                   "AND action = 'draw'"), ==, 1);
}

/* QA calls go to the auditors evenly, never to an auditor's own calls;
 * monitoring goes to each agent's team lead. */
static void
test_assignees (Fixture       *fixture,
                gconstpointer  data)
{
  draw (fixture, 0, NULL);

  g_assert_cmpint (count (fixture, "SELECT count(*) FROM sample_assignments WHERE agent_staff_id = 1 "
                                   "AND assignee_account_id = 3"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT max (n) - min (n) FROM (SELECT count(*) AS n "
                                   "FROM sample_assignments WHERE purpose = 'qa' "
                                   "GROUP BY assignee_account_id)"), <=, 1);
  g_assert_cmpint (count (fixture, "SELECT count(DISTINCT assignee_account_id) FROM sample_assignments "
                                   "WHERE purpose = 'qa'"), ==, 3);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM sample_assignments WHERE purpose = 'monitoring' "
                                   "AND agent_staff_id IN (1, 2, 3) AND assignee_account_id = 4"), ==, 6);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM sample_assignments WHERE purpose = 'monitoring' "
                                   "AND agent_staff_id = 4 AND assignee_account_id = 5"), ==, 2);
}

/* A team's plan draws only its agents. */
static void
test_team_plan (Fixture       *fixture,
                gconstpointer  data)
{
  FlSamplingOutcome outcome;

  draw (fixture, 2, &outcome);
  g_assert_cmpuint (outcome.agents, ==, 1);
  g_assert_cmpuint (outcome.drawn_qa, ==, 20);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM sample_assignments WHERE agent_staff_id != 4"), ==, 0);
  g_assert_cmpint (fl_sampling_service_find_plan (fixture->service, "2026-10", 2), ==, outcome.plan_id);
  g_assert_cmpint (fl_sampling_service_find_plan (fixture->service, "2026-10", 0), ==, 0);
}

/* Agent 4 had 5 calls when the plan was drawn: all went to QA and none was
 * left to monitor. Once the rest of the month arrives, a top-up adds 15
 * for QA and 2 for monitoring, and nothing for the others. */
static void
test_top_up (Fixture       *fixture,
             gconstpointer  data)
{
  FlSamplingOutcome first, second, third;

  draw (fixture, 0, &first);
  g_assert_cmpuint (first.drawn_qa, ==, 65);
  g_assert_cmpuint (first.drawn_monitoring, ==, 6);
  g_assert_cmpuint (first.short_agents, ==, 1);

  add_calls (fixture, 4, 35, 120000, "none", "2026-10");
  draw (fixture, 0, &second);
  g_assert_cmpint (second.plan_id, ==, first.plan_id);
  g_assert_cmpuint (second.drawn_qa, ==, 15);
  g_assert_cmpuint (second.drawn_monitoring, ==, 2);
  g_assert_cmpuint (second.short_agents, ==, 0);

  draw (fixture, 0, &third);
  g_assert_cmpuint (third.drawn_qa + third.drawn_monitoring, ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM audit_log WHERE entity = 'sampling_plans' "
                                   "AND action = 'top-up'"), ==, 2);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM sampling_plans WHERE topped_up_at IS NOT NULL"), ==, 1);
}

/* What is done is what the assignee submitted; the next call is the oldest
 * left. */
static void
test_progress (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) progress = NULL;
  g_autofree char *sql = NULL;
  FlSamplingOutcome outcome;
  gint64 next, after;
  guint agents = 0, assignees = 0;

  draw (fixture, 0, &outcome);
  next = fl_sampling_service_next_assignment (fixture->service, fixture->qa, &error);
  g_assert_no_error (error);
  g_assert_cmpint (next, >, 0);

  sql = g_strdup_printf ("INSERT INTO evaluations (recording_id, template_id, evaluator_account_id, "
                         "  agent_staff_id, state, started_at, updated_at) "
                         "SELECT %" G_GINT64_FORMAT ", 1, 1, agent_staff_id, 'submitted', 'x', 'x' "
                         "FROM recordings WHERE id = %" G_GINT64_FORMAT, next, next);
  g_assert_true (fl_database_exec (fixture->db.database,
                                   "INSERT INTO scorecard_templates (id, family_id, name, created_at) "
                                   "VALUES (1, 1, 'T', 'x')", &error));
  g_assert_true (fl_database_exec (fixture->db.database, sql, &error));
  g_assert_no_error (error);

  after = fl_sampling_service_next_assignment (fixture->service, fixture->qa, &error);
  g_assert_cmpint (after, >, 0);
  g_assert_cmpint (after, !=, next);

  progress = fl_sampling_service_list_progress (fixture->service, fixture->qa, outcome.plan_id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (progress); i++)
    {
      g_autoptr(FlSampleProgress) line = g_list_model_get_item (progress, i);
      const FlSampleProgressFigures *figures = fl_sample_progress_get_figures (line);

      if (figures->kind == FL_SAMPLE_PROGRESS_AGENT)
        {
          agents++;
          g_assert_cmpuint (figures->qa_assigned, ==, 20);
          g_assert_cmpuint (figures->monitoring_assigned, ==, 2);
        }
      else
        assignees++;
      if (figures->kind == FL_SAMPLE_PROGRESS_ASSIGNEE && figures->id == 1)
        {
          g_assert_cmpstr (fl_sample_progress_get_name (line), ==, "孟晓丽");
          g_assert_cmpuint (figures->qa_done, ==, 1);
          g_assert_cmpuint (fl_sample_progress_get_remaining (line), ==, figures->qa_assigned - 1);
          /* October 2026 is over. */
          g_assert_true (figures->overdue);
        }
    }
  g_assert_cmpuint (agents, ==, 4);
  g_assert_cmpuint (assignees, ==, 5);
}

/* Only QA auditors, the head and admins draw; a month is a month. */
static void
test_refused (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (fl_sampling_service_draw (fixture->service, fixture->lead, "2026-10", 0, NULL, &error));
  g_assert_error (error, FL_SESSION_ERROR, FL_SESSION_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  g_assert_false (fl_sampling_service_draw (fixture->service, fixture->qa, "2026-13", 0, NULL, &error));
  g_assert_error (error, FL_QA_ERROR, FL_QA_ERROR_INVALID);
  g_clear_error (&error);
  /* A month without calls draws no empty plan. */
  g_assert_false (fl_sampling_service_draw (fixture->service, fixture->qa, "2026-12", 0, NULL, &error));
  g_assert_error (error, FL_QA_ERROR, FL_QA_ERROR_NOT_FOUND);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM sampling_plans"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  fl_test_init (&argc, &argv);

#define ADD(path, func, data) \
  g_test_add ("/sampling/" path, Fixture, data, fixture_setup, func, fixture_teardown)
  ADD ("draw", test_draw, NULL);
  ADD ("assignees", test_assignees, NULL);
  ADD ("team-plan", test_team_plan, NULL);
  ADD ("top-up", test_top_up, "few calls for agent 4");
  ADD ("progress", test_progress, NULL);
  ADD ("refused", test_refused, NULL);
#undef ADD

  return g_test_run ();
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-sampling-service"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "fl-audit.h"
#include "fl-month.h"
#include "fl-policy-service.h"
#include "fl-qa-error.h"
#include "fl-sample-draw.h"
#include "fl-sampling-service.h"
#include "fl-sql.h"
#include "fl-worker.h"

/* The month's plan: reads the month's calls of the plan's agents, lets
 * fl_sample_draw() pick (QA first, then monitoring from the calls left),
 * and writes the picks with their assignees. */

/* In the month's last days, calls left are due soon. */
#define DUE_SOON_DAYS 5

struct _FlSamplingService
{
  GObject          parent_instance;

  FlDatabase      *database;
  FlPolicyService *policies;
};

G_DEFINE_FINAL_TYPE (FlSamplingService, fl_sampling_service, G_TYPE_OBJECT)

typedef struct
{
  gint64   id;
  char    *month;
  gint64   team_id;
  guint    per_agent;
  guint    monitored_per_agent;
  gint64   min_duration_ms;
  guint64  seed;
} Plan;

static void
plan_clear (Plan *plan)
{
  g_clear_pointer (&plan->month, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Plan, plan_clear)

/* The month's calls as fl_sample_draw() takes them, once per purpose: a
 * call drawn for one purpose is no candidate for the other. */
typedef struct
{
  GArray *qa;            /* FlSampleCandidate */
  GArray *monitoring;
} Candidates;

typedef struct
{
  FlSamplingService *self;
  FlSession         *actor;
  const char        *month;
  gint64             team_id;
  FlSamplingOutcome *outcome;
} DrawChange;

static gboolean
read_plan (FlSamplingService  *self,
           const char         *month,
           gint64              team_id,
           Plan               *plan,
           GError            **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  statement = fl_database_prepare (self->database,
                                   "SELECT id, per_agent, monitored_per_agent, min_duration_ms, seed "
                                   "FROM sampling_plans WHERE month = ? AND coalesce (team_id, 0) = ?",
                                   error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_text (statement, 1, month, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (statement, 2, MAX (team_id, 0));
  if (!fl_database_step (self->database, statement, &has_row, error))
    return FALSE;

  plan->month = g_strdup (month);
  plan->team_id = MAX (team_id, 0);
  if (!has_row)
    return TRUE;
  plan->id = sqlite3_column_int64 (statement, 0);
  plan->per_agent = (guint) sqlite3_column_int (statement, 1);
  plan->monitored_per_agent = (guint) sqlite3_column_int (statement, 2);
  plan->min_duration_ms = sqlite3_column_int64 (statement, 3);
  plan->seed = (guint64) sqlite3_column_int64 (statement, 4);
  return TRUE;
}

/* A new plan with today's policies and a fresh seed. */
static gboolean
insert_plan (FlSamplingService  *self,
             FlSession          *actor,
             Plan               *plan,
             GError            **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *now_text = g_date_time_format_iso8601 (now);

  plan->per_agent = (guint) fl_policy_service_get (self->policies, "qa.samples-per-agent");
  plan->monitored_per_agent = (guint) fl_policy_service_get (self->policies, "qa.monitored-per-agent");
  plan->min_duration_ms = (gint64) (fl_policy_service_get (self->policies, "qa.minimum-call-seconds") * 1000);
  plan->seed = g_random_int ();

  statement = fl_database_prepare (self->database,
                                   "INSERT INTO sampling_plans (month, team_id, per_agent, monitored_per_agent, "
                                   "  min_duration_ms, seed, created_by_account_id, created_at) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                                   error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_text (statement, 1, plan->month, -1, SQLITE_STATIC);
  fl_sql_bind_id (statement, 2, plan->team_id);
  sqlite3_bind_int (statement, 3, (int) plan->per_agent);
  sqlite3_bind_int (statement, 4, (int) plan->monitored_per_agent);
  sqlite3_bind_int64 (statement, 5, plan->min_duration_ms);
  sqlite3_bind_int64 (statement, 6, (gint64) plan->seed);
  fl_sql_bind_id (statement, 7, fl_session_get_account_id (actor));
  sqlite3_bind_text (statement, 8, now_text, -1, SQLITE_TRANSIENT);
  if (!fl_database_run (self->database, statement, error))
    return FALSE;
  plan->id = fl_database_last_insert_id (self->database);
  return TRUE;
}

static guint
queue_number (GHashTable *queues,
              const char *queue)
{
  gpointer number;

  if (queue == NULL || *queue == '\0')
    return 0;
  if (!g_hash_table_lookup_extended (queues, queue, NULL, &number))
    {
      number = GUINT_TO_POINTER (g_hash_table_size (queues) + 1);
      g_hash_table_insert (queues, g_strdup (queue), number);
    }
  return GPOINTER_TO_UINT (number);
}

#define DRAWN_FOR_QA         (1 << 0)
#define DRAWN_FOR_MONITORING (1 << 1)
#define DRAWN_ELSEWHERE      (1 << 2)

/* The month's drawn calls: recording id → DRAWN_* bits; a call of another
 * plan of the month (a team's beside the center's) is no candidate. */
static gboolean
read_drawn (FlSamplingService  *self,
            const Plan         *plan,
            GHashTable         *drawn,
            GError            **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  statement = fl_database_prepare (self->database,
                                   "SELECT a.recording_id, a.purpose = 'qa', a.plan_id = ?1 "
                                   "FROM sample_assignments a JOIN sampling_plans p ON p.id = a.plan_id "
                                   "WHERE p.month = ?2",
                                   error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, plan->id);
  sqlite3_bind_text (statement, 2, plan->month, -1, SQLITE_STATIC);
  while (fl_database_step (self->database, statement, &has_row, error) && has_row)
    {
      gint64 *id = g_memdup2 (&(gint64) { sqlite3_column_int64 (statement, 0) }, sizeof (gint64));
      guint bits = GPOINTER_TO_UINT (g_hash_table_lookup (drawn, id));

      if (!sqlite3_column_int (statement, 2))
        bits |= DRAWN_ELSEWHERE;
      else
        bits |= sqlite3_column_int (statement, 1) ? DRAWN_FOR_QA : DRAWN_FOR_MONITORING;
      g_hash_table_replace (drawn, id, GUINT_TO_POINTER (bits));
    }
  return !has_row;
}

/* The month's calls of the plan's active agents that are long enough: those
 * drawn already (whatever became of them) and those nobody evaluated. A
 * call drawn for one purpose is no candidate for the other. */
static gboolean
read_candidates (FlSamplingService  *self,
                 const Plan         *plan,
                 Candidates         *candidates,
                 GError            **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autoptr(GHashTable) queues = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) drawn = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  char *week_starts[4] = { NULL, };
  gboolean has_row = FALSE;

  if (!fl_month_utc_range (plan->month, &start, &end) || !fl_month_utc_week_starts (plan->month, week_starts))
    g_return_val_if_reached (FALSE);

  if (!read_drawn (self, plan, drawn, error))
    goto out;
  statement = fl_database_prepare (self->database,
                                   "SELECT r.id, r.agent_staff_id, r.started_at, r.queue, "
                                   "  r.evaluation_state = 'none' "
                                   "FROM staff s JOIN recordings r ON r.agent_staff_id = s.id "
                                   "WHERE r.started_at >= ?1 AND r.started_at < ?2 AND r.status = 'present' "
                                   "  AND r.duration_ms >= ?3 AND s.position = 'agent' AND s.status = 'active' "
                                   "  AND (?4 = 0 OR s.team_id = ?4)",
                                   error);
  if (statement == NULL)
    goto out;
  sqlite3_bind_text (statement, 1, start, -1, SQLITE_STATIC);
  sqlite3_bind_text (statement, 2, end, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (statement, 3, plan->min_duration_ms);
  sqlite3_bind_int64 (statement, 4, plan->team_id);

  while (fl_database_step (self->database, statement, &has_row, error) && has_row)
    {
      const char *started_at = fl_sql_column_text (statement, 2);
      FlSampleCandidate candidate = {
        sqlite3_column_int64 (statement, 0),
        sqlite3_column_int64 (statement, 1),
        0,
        0,
        FALSE,
      };
      guint purposes = GPOINTER_TO_UINT (g_hash_table_lookup (drawn, &candidate.recording_id));
      gboolean for_qa = (purposes & DRAWN_FOR_QA) != 0;
      gboolean for_monitoring = (purposes & DRAWN_FOR_MONITORING) != 0;

      /* Evaluated since it was drawn: still counts; evaluated otherwise: no candidate. */
      if ((purposes == 0 && !sqlite3_column_int (statement, 4)) || (purposes & DRAWN_ELSEWHERE))
        continue;
      candidate.queue = queue_number (queues, fl_sql_column_text (statement, 3));
      /* Stored timestamps compare as text. */
      while (candidate.week < 4 && strcmp (started_at, week_starts[candidate.week]) >= 0)
        candidate.week++;
      if (!for_monitoring)
        {
          candidate.drawn = for_qa;
          g_array_append_val (candidates->qa, candidate);
        }
      if (!for_qa)
        {
          candidate.drawn = for_monitoring;
          g_array_append_val (candidates->monitoring, candidate);
        }
    }

out:
  for (guint i = 0; i < G_N_ELEMENTS (week_starts); i++)
    g_free (week_starts[i]);
  return statement != NULL && !has_row;
}

/* The active QA auditors' accounts, with how many of the plan's calls each
 * has: an array of gint64 triples (account, staff, load). */
static GArray *
read_auditors (FlSamplingService  *self,
               gint64              plan_id,
               GError            **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autoptr(GArray) auditors = g_array_new (FALSE, FALSE, sizeof (gint64));
  gboolean has_row = FALSE;

  statement = fl_database_prepare (self->database,
                                   "SELECT a.id, coalesce (a.staff_id, 0), "
                                   "  (SELECT count(*) FROM sample_assignments s "
                                   "   WHERE s.plan_id = ?1 AND s.assignee_account_id = a.id) "
                                   "FROM accounts a WHERE a.active = 1 AND (a.roles & ?2) != 0 ORDER BY a.id",
                                   error);
  if (statement == NULL)
    return NULL;
  sqlite3_bind_int64 (statement, 1, plan_id);
  sqlite3_bind_int (statement, 2, FL_ROLE_QA_AUDITOR);
  while (fl_database_step (self->database, statement, &has_row, error) && has_row)
    for (int column = 0; column < 3; column++)
      {
        gint64 value = sqlite3_column_int64 (statement, column);

        g_array_append_val (auditors, value);
      }
  if (has_row)
    return NULL;
  return g_steal_pointer (&auditors);
}

/* The least loaded auditor who is not the agent; 0 if there is none. */
static gint64
pick_auditor (GArray *auditors,
              gint64  agent_staff_id)
{
  gint64 *rows = (gint64 *) (gpointer) auditors->data;
  guint best = G_MAXUINT;

  for (guint i = 0; i + 2 < auditors->len; i += 3)
    if (rows[i + 1] != agent_staff_id && (best == G_MAXUINT || rows[i + 2] < rows[best + 2]))
      best = i;
  if (best == G_MAXUINT)
    return 0;
  rows[best + 2]++;
  return rows[best];
}

/* Each agent's team lead's account: staff id → account id, for the
 * agents whose lead has an active account. */
static GHashTable *
read_lead_accounts (FlSamplingService  *self,
                    GError            **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autoptr(GHashTable) leads = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  gboolean has_row = FALSE;

  statement = fl_database_prepare (self->database,
                                   "SELECT s.id, min (a.id) FROM staff s JOIN teams t ON t.id = s.team_id "
                                   "JOIN accounts a ON a.staff_id = t.lead_staff_id AND a.active = 1 "
                                   "WHERE t.lead_staff_id != s.id GROUP BY s.id",
                                   error);
  if (statement == NULL)
    return NULL;
  while (fl_database_step (self->database, statement, &has_row, error) && has_row)
    g_hash_table_insert (leads, g_memdup2 (&(gint64) { sqlite3_column_int64 (statement, 0) }, sizeof (gint64)),
                         g_memdup2 (&(gint64) { sqlite3_column_int64 (statement, 1) }, sizeof (gint64)));
  if (has_row)
    return NULL;
  return g_steal_pointer (&leads);
}

static gboolean
insert_assignment (FlSamplingService        *self,
                   sqlite3_stmt             *statement,
                   const FlSampleCandidate  *candidate,
                   gint64                    assignee)
{
  sqlite3_reset (statement);
  sqlite3_bind_int64 (statement, 2, candidate->recording_id);
  sqlite3_bind_int64 (statement, 3, candidate->agent_staff_id);
  fl_sql_bind_id (statement, 5, assignee);
  return fl_database_run (self->database, statement, NULL);
}

/* Draws for one purpose and writes the new assignments. */
static gboolean
draw_purpose (FlSamplingService  *self,
              const Plan         *plan,
              GArray             *candidates,
              const char         *purpose,
              guint              *drawn,
              GError            **error)
{
  gboolean monitoring = g_str_equal (purpose, "monitoring");
  guint quota = monitoring ? plan->monitored_per_agent : plan->per_agent;
  g_autoptr(GArray) picked = NULL;
  g_autoptr(GArray) auditors = NULL;
  g_autoptr(GHashTable) leads = NULL;
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *now_text = g_date_time_format_iso8601 (now);

  if (quota == 0)
    return TRUE;
  /* Monitoring draws with its own numbers, so it picks other calls than QA would. */
  picked = fl_sample_draw ((FlSampleCandidate *) (gpointer) candidates->data, candidates->len, quota,
                           plan->seed + (monitoring ? 1 : 0));
  if (!monitoring && !(auditors = read_auditors (self, plan->id, error)))
    return FALSE;
  if (monitoring && !(leads = read_lead_accounts (self, error)))
    return FALSE;

  statement = fl_database_prepare (self->database,
                                   "INSERT INTO sample_assignments (plan_id, recording_id, agent_staff_id, "
                                   "  purpose, assignee_account_id, drawn_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                                   error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, plan->id);
  sqlite3_bind_text (statement, 4, purpose, -1, SQLITE_STATIC);
  sqlite3_bind_text (statement, 6, now_text, -1, SQLITE_TRANSIENT);

  for (guint i = 0; i < picked->len; i++)
    {
      const FlSampleCandidate *candidate = &g_array_index (candidates, FlSampleCandidate,
                                                           g_array_index (picked, guint, i));
      gint64 *lead = monitoring ? g_hash_table_lookup (leads, &candidate->agent_staff_id) : NULL;
      gint64 assignee = monitoring ? (lead != NULL ? *lead : 0)
                                   : pick_auditor (auditors, candidate->agent_staff_id);

      if (!insert_assignment (self, statement, candidate, assignee))
        {
          fl_database_propagate_sqlite_error (self->database, error);
          return FALSE;
        }
    }
  *drawn = picked->len;
  return TRUE;
}

/* Agents among @candidates, and how many have fewer calls than @quota. */
static void
count_agents (GArray *candidates,
              guint   quota,
              guint  *agents,
              guint  *short_agents)
{
  g_autoptr(GHashTable) calls = g_hash_table_new (g_int64_hash, g_int64_equal);
  GHashTableIter iter;
  gpointer count;

  for (guint i = 0; i < candidates->len; i++)
    {
      FlSampleCandidate *candidate = &g_array_index (candidates, FlSampleCandidate, i);

      count = g_hash_table_lookup (calls, &candidate->agent_staff_id);
      g_hash_table_insert (calls, &candidate->agent_staff_id,
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (count) + 1));
    }
  *agents = g_hash_table_size (calls);
  *short_agents = 0;
  g_hash_table_iter_init (&iter, calls);
  while (g_hash_table_iter_next (&iter, NULL, &count))
    *short_agents += GPOINTER_TO_UINT (count) < quota;
}

static gboolean
mark_topped_up (FlSamplingService  *self,
                gint64              plan_id,
                GError            **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *now_text = g_date_time_format_iso8601 (now);

  statement = fl_database_prepare (self->database,
                                   "UPDATE sampling_plans SET topped_up_at = ? WHERE id = ?", error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_text (statement, 1, now_text, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (statement, 2, plan_id);
  return fl_database_run (self->database, statement, error);
}

static JsonNode *
outcome_node (const Plan              *plan,
              const FlSamplingOutcome *outcome)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "month");
  json_builder_add_string_value (builder, plan->month);
  json_builder_set_member_name (builder, "team_id");
  json_builder_add_int_value (builder, plan->team_id);
  json_builder_set_member_name (builder, "drawn_qa");
  json_builder_add_int_value (builder, outcome->drawn_qa);
  json_builder_set_member_name (builder, "drawn_monitoring");
  json_builder_add_int_value (builder, outcome->drawn_monitoring);
  json_builder_set_member_name (builder, "seed");
  json_builder_add_int_value (builder, (gint64) plan->seed);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

static gboolean
apply_draw (gpointer   user_data,
            GError   **error)
{
  DrawChange *change = user_data;
  FlSamplingService *self = change->self;
  FlSamplingOutcome *outcome = change->outcome;
  g_auto(Plan) plan = { 0, };
  Candidates candidates = { NULL, NULL };
  g_autoptr(JsonNode) after = NULL;
  gboolean topping_up;
  gboolean ok;

  memset (outcome, 0, sizeof *outcome);
  if (!read_plan (self, change->month, change->team_id, &plan, error))
    return FALSE;
  topping_up = plan.id > 0;
  if (!topping_up && !insert_plan (self, change->actor, &plan, error))
    return FALSE;

  candidates.qa = g_array_new (FALSE, FALSE, sizeof (FlSampleCandidate));
  candidates.monitoring = g_array_new (FALSE, FALSE, sizeof (FlSampleCandidate));
  ok = read_candidates (self, &plan, &candidates, error)
       && draw_purpose (self, &plan, candidates.qa, "qa", &outcome->drawn_qa, error);
  if (ok)
    {
      /* Calls just drawn for QA are no longer candidates for monitoring. */
      g_autoptr(GHashTable) taken = g_hash_table_new (g_int64_hash, g_int64_equal);
      guint kept = 0;

      for (guint i = 0; i < candidates.qa->len; i++)
        if (g_array_index (candidates.qa, FlSampleCandidate, i).drawn)
          g_hash_table_add (taken, &g_array_index (candidates.qa, FlSampleCandidate, i).recording_id);
      for (guint i = 0; i < candidates.monitoring->len; i++)
        {
          FlSampleCandidate *candidate = &g_array_index (candidates.monitoring, FlSampleCandidate, i);

          if (candidate->drawn || !g_hash_table_contains (taken, &candidate->recording_id))
            g_array_index (candidates.monitoring, FlSampleCandidate, kept++) = *candidate;
        }
      g_array_set_size (candidates.monitoring, kept);
      ok = draw_purpose (self, &plan, candidates.monitoring, "monitoring", &outcome->drawn_monitoring,
                         error);
    }
  if (ok && !topping_up && candidates.qa->len == 0)
    {
      g_autofree char *title = fl_month_format (plan.month);

      g_set_error (error, FL_QA_ERROR, FL_QA_ERROR_NOT_FOUND,
                   _("There are no calls of %s to sample: none is long enough and not scored yet. Import "
                     "the month’s recordings first."),
                   title);
      ok = FALSE;
    }
  if (ok)
    count_agents (candidates.qa, plan.per_agent, &outcome->agents, &outcome->short_agents);
  g_array_unref (candidates.qa);
  g_array_unref (candidates.monitoring);
  if (!ok)
    return FALSE;

  outcome->plan_id = plan.id;
  if (topping_up && !mark_topped_up (self, plan.id, error))
    return FALSE;
  after = outcome_node (&plan, outcome);
  return fl_audit_record (self->database, change->actor, "sampling_plans", plan.id,
                          topping_up ? "top-up" : "draw", NULL, after, error);
}

gboolean
fl_sampling_service_draw (FlSamplingService  *self,
                          FlSession          *actor,
                          const char         *month,
                          gint64              team_id,
                          FlSamplingOutcome  *outcome,
                          GError            **error)
{
  FlSamplingOutcome ignored;
  DrawChange change = { self, actor, month, team_id, outcome != NULL ? outcome : &ignored };

  g_return_val_if_fail (FL_IS_SAMPLING_SERVICE (self), FALSE);

  if (!fl_session_check (actor, FL_PERMISSION_PLAN_SAMPLING, error) || !fl_qa_check_month (month, error))
    return FALSE;
  return fl_database_transaction (self->database, apply_draw, &change, error);
}

static gpointer
draw_in_worker (FlDatabase  *connection,
                gpointer     data,
                GError     **error)
{
  FlWorkerQuery *query = data;
  g_autoptr(FlSamplingService) service = fl_sampling_service_new (connection);
  g_autofree FlSamplingOutcome *outcome = g_new0 (FlSamplingOutcome, 1);

  if (!fl_sampling_service_draw (service, query->actor, query->month, query->id, outcome, error))
    return NULL;
  return g_steal_pointer (&outcome);
}

void
fl_sampling_service_draw_async (FlSamplingService   *self,
                                FlSession           *actor,
                                const char          *month,
                                gint64               team_id,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_return_if_fail (FL_IS_SAMPLING_SERVICE (self));

  fl_worker_run (self->database, self, fl_sampling_service_draw_async, draw_in_worker,
                 fl_worker_query_new (actor, month, team_id), fl_worker_query_free, g_free, cancellable, callback,
                 user_data);
}

gboolean
fl_sampling_service_draw_finish (FlSamplingService  *self,
                                 GAsyncResult       *result,
                                 FlSamplingOutcome  *outcome,
                                 GError            **error)
{
  g_autofree FlSamplingOutcome *drawn = fl_worker_finish (result, fl_sampling_service_draw_async, error);

  if (drawn == NULL)
    return FALSE;
  if (outcome != NULL)
    *outcome = *drawn;
  return TRUE;
}

static gpointer
list_progress_in_worker (FlDatabase  *connection,
                         gpointer     data,
                         GError     **error)
{
  FlWorkerQuery *query = data;
  g_autoptr(FlSamplingService) service = fl_sampling_service_new (connection);

  return fl_sampling_service_list_progress (service, query->actor, query->id, error);
}

void
fl_sampling_service_list_progress_async (FlSamplingService   *self,
                                         FlSession           *actor,
                                         gint64               plan_id,
                                         GCancellable        *cancellable,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data)
{
  g_return_if_fail (FL_IS_SAMPLING_SERVICE (self));

  fl_worker_run (self->database, self, fl_sampling_service_list_progress_async, list_progress_in_worker,
                 fl_worker_query_new (actor, NULL, plan_id), fl_worker_query_free, g_object_unref, cancellable,
                 callback, user_data);
}

GListModel *
fl_sampling_service_list_progress_finish (FlSamplingService  *self,
                                          GAsyncResult       *result,
                                          GError            **error)
{
  return fl_worker_finish (result, fl_sampling_service_list_progress_async, error);
}

gint64
fl_sampling_service_find_plan (FlSamplingService *self,
                               const char        *month,
                               gint64             team_id)
{
  g_auto(Plan) plan = { 0, };

  g_return_val_if_fail (FL_IS_SAMPLING_SERVICE (self), 0);

  if (!fl_month_is_valid (month) || !read_plan (self, month, team_id, &plan, NULL))
    return 0;
  return plan.id;
}

/* The progress line of @id in @lines (by kind), made on first use. */
static FlSampleProgressFigures *
progress_line (GArray               *lines,
               FlSampleProgressKind  kind,
               gint64                id)
{
  FlSampleProgressFigures line = { kind, id, 0, };

  for (guint i = 0; i < lines->len; i++)
    {
      FlSampleProgressFigures *existing = &g_array_index (lines, FlSampleProgressFigures, i);

      if (existing->kind == kind && existing->id == id)
        return existing;
    }
  g_array_append_val (lines, line);
  return &g_array_index (lines, FlSampleProgressFigures, lines->len - 1);
}

static void
count_progress (FlSampleProgressFigures *line,
                gboolean                 monitoring,
                gboolean                 assigned,
                guint                    n,
                guint                    done)
{
  if (!assigned)
    line->unassigned += n;
  if (monitoring)
    {
      line->monitoring_assigned += n;
      line->monitoring_done += done;
    }
  else
    {
      line->qa_assigned += n;
      line->qa_done += done;
    }
}

/* Agents first, then the scorers; each by name. */
static int
compare_progress (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  FlSampleProgress *x = (FlSampleProgress *) a;
  FlSampleProgress *y = (FlSampleProgress *) b;
  int by_kind = (int) fl_sample_progress_get_figures (x)->kind - (int) fl_sample_progress_get_figures (y)->kind;

  if (by_kind != 0)
    return by_kind;
  return g_utf8_collate (fl_sample_progress_get_name (x) ? fl_sample_progress_get_name (x) : "",
                         fl_sample_progress_get_name (y) ? fl_sample_progress_get_name (y) : "");
}

GListModel *
fl_sampling_service_list_progress (FlSamplingService  *self,
                                   FlSession          *actor,
                                   gint64              plan_id,
                                   GError            **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autoptr(GArray) lines = g_array_new (FALSE, FALSE, sizeof (FlSampleProgressFigures));
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GListStore) store = g_list_store_new (FL_TYPE_SAMPLE_PROGRESS);
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();
  g_autofree char *today_text = g_date_time_format (today, "%Y-%m-%d");
  g_autofree char *month = NULL;
  gboolean has_row = FALSE;
  int days_left;

  g_return_val_if_fail (FL_IS_SAMPLING_SERVICE (self), NULL);

  if (!fl_session_check (actor, FL_PERMISSION_VIEW_RECORDINGS, error))
    return NULL;

  statement = fl_database_prepare (self->database,
                                   "SELECT p.month, a.agent_staff_id, ag.name, a.purpose, "
                                   "  coalesce (a.assignee_account_id, 0), coalesce (es.name, ac.login), "
                                   "  count(*), total (EXISTS (SELECT 1 FROM evaluations e "
                                   "    WHERE e.recording_id = a.recording_id "
                                   "    AND e.evaluator_account_id = a.assignee_account_id "
                                   "    AND e.state = 'submitted')) "
                                   "FROM sample_assignments a JOIN sampling_plans p ON p.id = a.plan_id "
                                   "JOIN staff ag ON ag.id = a.agent_staff_id "
                                   "LEFT JOIN accounts ac ON ac.id = a.assignee_account_id "
                                   "LEFT JOIN staff es ON es.id = ac.staff_id "
                                   "WHERE a.plan_id = ? "
                                   "GROUP BY a.agent_staff_id, a.purpose, a.assignee_account_id",
                                   error);
  if (statement == NULL)
    return NULL;
  sqlite3_bind_int64 (statement, 1, plan_id);
  while (fl_database_step (self->database, statement, &has_row, error) && has_row)
    {
      gint64 agent = sqlite3_column_int64 (statement, 1);
      gint64 assignee = sqlite3_column_int64 (statement, 4);
      gboolean monitoring = g_str_equal (fl_sql_column_text (statement, 3), "monitoring");
      guint n = (guint) sqlite3_column_int (statement, 6);
      guint done = (guint) sqlite3_column_double (statement, 7);

      if (month == NULL)
        month = g_strdup (fl_sql_column_text (statement, 0));
      g_hash_table_insert (names, g_strdup_printf ("a%" G_GINT64_FORMAT, agent),
                           g_strdup (fl_sql_column_text (statement, 2)));
      count_progress (progress_line (lines, FL_SAMPLE_PROGRESS_AGENT, agent), monitoring,
                      assignee > 0, n, done);
      if (assignee == 0)
        continue;
      g_hash_table_insert (names, g_strdup_printf ("u%" G_GINT64_FORMAT, assignee),
                           g_strdup (fl_sql_column_text (statement, 5)));
      count_progress (progress_line (lines, FL_SAMPLE_PROGRESS_ASSIGNEE, assignee), monitoring,
                      TRUE, n, done);
    }
  if (has_row)
    return NULL;

  days_left = month != NULL ? fl_month_days_left (month, today_text) : 0;
  for (guint i = 0; i < lines->len; i++)
    {
      FlSampleProgressFigures *line = &g_array_index (lines, FlSampleProgressFigures, i);
      g_autofree char *key = g_strdup_printf ("%c%" G_GINT64_FORMAT,
                                              line->kind == FL_SAMPLE_PROGRESS_AGENT ? 'a' : 'u', line->id);
      g_autoptr(FlSampleProgress) progress = NULL;
      gboolean left = line->qa_done < line->qa_assigned || line->monitoring_done < line->monitoring_assigned;

      line->overdue = left && days_left < 0;
      line->due_soon = left && days_left >= 0 && days_left < DUE_SOON_DAYS;
      progress = fl_sample_progress_new (line, g_hash_table_lookup (names, key));
      g_list_store_append (store, progress);
    }
  g_list_store_sort (store, compare_progress, NULL);
  return G_LIST_MODEL (g_steal_pointer (&store));
}

gint64
fl_sampling_service_next_assignment (FlSamplingService  *self,
                                     FlSession          *actor,
                                     GError            **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  g_return_val_if_fail (FL_IS_SAMPLING_SERVICE (self), 0);

  if (!fl_session_check (actor, FL_PERMISSION_EVALUATE, error))
    return 0;
  statement = fl_database_prepare (self->database,
                                   "SELECT a.recording_id FROM sample_assignments a "
                                   "JOIN sampling_plans p ON p.id = a.plan_id "
                                   "JOIN recordings r ON r.id = a.recording_id AND r.status = 'present' "
                                   "WHERE a.assignee_account_id = ?1 AND NOT EXISTS (SELECT 1 FROM evaluations e "
                                   "  WHERE e.recording_id = a.recording_id AND e.evaluator_account_id = ?1 "
                                   "  AND e.state = 'submitted') "
                                   "ORDER BY p.month, r.started_at, a.id LIMIT 1",
                                   error);
  if (statement == NULL)
    return 0;
  sqlite3_bind_int64 (statement, 1, fl_session_get_account_id (actor));
  if (!fl_database_step (self->database, statement, &has_row, error) || !has_row)
    return 0;
  return sqlite3_column_int64 (statement, 0);
}

static void
fl_sampling_service_dispose (GObject *object)
{
  FlSamplingService *self = FL_SAMPLING_SERVICE (object);

  g_clear_object (&self->policies);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (fl_sampling_service_parent_class)->dispose (object);
}

static void
fl_sampling_service_class_init (FlSamplingServiceClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = fl_sampling_service_dispose;
}

static void
fl_sampling_service_init (FlSamplingService *self)
{
}

FlSamplingService *
fl_sampling_service_new (FlDatabase *database)
{
  FlSamplingService *self;

  g_return_val_if_fail (FL_IS_DATABASE (database), NULL);

  self = g_object_new (FL_TYPE_SAMPLING_SERVICE, NULL);
  self->database = g_object_ref (database);
  self->policies = fl_policy_service_new (database);
  return self;
}

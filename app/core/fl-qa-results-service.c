/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-qa-results-service"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "fl-audit.h"
#include "fl-month.h"
#include "fl-policy-service.h"
#include "fl-qa-error.h"
#include "fl-qa-results-service.h"
#include "fl-sql.h"
#include "fl-worker.h"

/* The month's results are computed from three grouped queries that read
 * only indexes (evaluations_by_month twice, complaints_by_month), then
 * combined by the pure rules of fl-qa-rules.c. Closing a month copies the
 * result into qa_month_results, which is what a closed month shows. */

struct _FlQaResultsService
{
  GObject          parent_instance;

  FlDatabase      *database;
  FlPolicyService *policies;
};

G_DEFINE_FINAL_TYPE (FlQaResultsService, fl_qa_results_service, G_TYPE_OBJECT)

/* One staff member's line while the month is computed. */
typedef struct
{
  FlQaMonthFigures figures;
  gint64           team_id;
  gboolean         active_agent;
  char            *job_number;
  char            *name;
  char            *team_name;
} Line;

static void
line_clear (gpointer data)
{
  Line *line = data;

  g_free (line->job_number);
  g_free (line->name);
  g_free (line->team_name);
}

/* The audit log's entity id of a month: 202611 for "2026-11". */
static gint64
month_entity_id (const char *month)
{
  return g_ascii_strtoll (month, NULL, 10) * 100 + g_ascii_strtoll (month + 5, NULL, 10);
}

void
fl_qa_results_service_get_rules (FlQaResultsService *self,
                                 FlQaRules          *rules)
{
  g_return_if_fail (FL_IS_QA_RESULTS_SERVICE (self));
  g_return_if_fail (rules != NULL);

  rules->points = fl_policy_service_get (self->policies, "qa.points");
  rules->deduction = fl_policy_service_get (self->policies, "qa.deduction-per-failure");
  rules->failures_for_zero = (guint) fl_policy_service_get (self->policies, "qa.failures-for-zero");
  rules->coefficient_min = fl_policy_service_get (self->policies, "qa.coefficient-min");
  rules->coefficient_max = fl_policy_service_get (self->policies, "qa.coefficient-max");
  rules->complaint_points = fl_policy_service_get (self->policies, "qa.complaint-points");
}

/* Job number, name, team name and team id, from @column on. */
static void
read_person (Line         *line,
             sqlite3_stmt *statement,
             int           column)
{
  line->job_number = g_strdup (fl_sql_column_text (statement, column));
  line->name = g_strdup (fl_sql_column_text (statement, column + 1));
  line->team_name = g_strdup (fl_sql_column_text (statement, column + 2));
  line->team_id = sqlite3_column_int64 (statement, column + 3);
}

/* Every staff member, in job number order, with an empty month. */
static GArray *
read_staff (FlQaResultsService  *self,
            GHashTable          *by_id,
            GError             **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autoptr(GArray) lines = g_array_new (FALSE, TRUE, sizeof (Line));
  gboolean has_row = FALSE;

  g_array_set_clear_func (lines, line_clear);
  statement = fl_database_prepare (self->database,
                                   "SELECT s.id, s.job_number, s.name, t.name, coalesce (s.team_id, 0), "
                                   "  s.position = 'agent' AND s.status = 'active' "
                                   "FROM staff s LEFT JOIN teams t ON t.id = s.team_id "
                                   "ORDER BY s.job_number",
                                   error);
  if (statement == NULL)
    return NULL;
  while (fl_database_step (self->database, statement, &has_row, error) && has_row)
    {
      Line line = { { 0, }, };

      line.figures.staff_id = sqlite3_column_int64 (statement, 0);
      line.figures.average_score = line.figures.qa_points = NAN;
      line.figures.monitored_score = line.figures.coefficient = line.figures.total = NAN;
      read_person (&line, statement, 1);
      line.active_agent = sqlite3_column_int (statement, 5);
      g_array_append_val (lines, line);
    }
  if (has_row)
    return NULL;

  /* Keyed by the lines' own ids: the array no longer moves. */
  for (guint i = 0; i < lines->len; i++)
    g_hash_table_insert (by_id, &g_array_index (lines, Line, i).figures.staff_id,
                         GUINT_TO_POINTER (i + 1));
  return g_steal_pointer (&lines);
}

static Line *
find_line (GArray     *lines,
           GHashTable *by_id,
           gint64      staff_id)
{
  guint index = GPOINTER_TO_UINT (g_hash_table_lookup (by_id, &staff_id));

  return index > 0 ? &g_array_index (lines, Line, index - 1) : NULL;
}

/* Counts, passes and average scores of the month's submitted evaluations
 * for @purpose, per agent. */
static gboolean
add_evaluations (FlQaResultsService  *self,
                 const char          *month,
                 const char          *purpose,
                 GArray              *lines,
                 GHashTable          *by_id,
                 GError             **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean monitoring = g_str_equal (purpose, "monitoring");
  gboolean has_row = FALSE;

  statement = fl_database_prepare (self->database,
                                   "SELECT agent_staff_id, count(*), total (passed = 1), total (passed = 0), "
                                   "  avg (score) "
                                   "FROM evaluations "
                                   "WHERE call_month = ? AND purpose = ? AND state = 'submitted' "
                                   "  AND agent_staff_id IS NOT NULL "
                                   "GROUP BY agent_staff_id",
                                   error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_text (statement, 1, month, -1, SQLITE_STATIC);
  sqlite3_bind_text (statement, 2, purpose, -1, SQLITE_STATIC);
  while (fl_database_step (self->database, statement, &has_row, error) && has_row)
    {
      Line *line = find_line (lines, by_id, sqlite3_column_int64 (statement, 0));
      double average = sqlite3_column_type (statement, 4) == SQLITE_NULL
                       ? NAN : sqlite3_column_double (statement, 4);

      if (line == NULL)
        continue;
      if (monitoring)
        {
          line->figures.monitored = (guint) sqlite3_column_int (statement, 1);
          line->figures.monitored_score = average;
        }
      else
        {
          line->figures.evaluated = (guint) sqlite3_column_int (statement, 1);
          line->figures.passed = (guint) sqlite3_column_double (statement, 2);
          line->figures.failed = (guint) sqlite3_column_double (statement, 3);
          line->figures.average_score = average;
        }
    }
  return !has_row;
}

static gboolean
add_complaints (FlQaResultsService  *self,
                const char          *month,
                GArray              *lines,
                GHashTable          *by_id,
                GError             **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  statement = fl_database_prepare (self->database,
                                   "SELECT agent_staff_id, count(*) FROM complaints "
                                   "WHERE month = ? AND state = 'confirmed' GROUP BY agent_staff_id",
                                   error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_text (statement, 1, month, -1, SQLITE_STATIC);
  while (fl_database_step (self->database, statement, &has_row, error) && has_row)
    {
      Line *line = find_line (lines, by_id, sqlite3_column_int64 (statement, 0));

      if (line != NULL)
        line->figures.complaints = (guint) sqlite3_column_int (statement, 1);
    }
  return !has_row;
}

static gboolean
takes_part (const Line *line)
{
  return line->active_agent || line->figures.evaluated > 0 || line->figures.monitored > 0
         || line->figures.complaints > 0;
}

/* The rules applied to the month's counts: points, the coefficient between
 * the center's lowest and highest monitored score, and the ranking. Lines
 * that take no part in the month are dropped. */
static void
apply_rules (FlQaResultsService *self,
             GArray             *lines)
{
  g_autofree double *totals = NULL;
  g_autofree guint *ranks = NULL;
  double lowest = INFINITY, highest = -INFINITY;
  FlQaRules rules;

  fl_qa_results_service_get_rules (self, &rules);
  for (guint i = lines->len; i-- > 0;)
    if (!takes_part (&g_array_index (lines, Line, i)))
      g_array_remove_index (lines, i);

  totals = g_new (double, MAX (lines->len, 1));
  ranks = g_new (guint, MAX (lines->len, 1));
  for (guint i = 0; i < lines->len; i++)
    {
      FlQaMonthFigures *figures = &g_array_index (lines, Line, i).figures;

      if (figures->monitored > 0 && !isnan (figures->monitored_score))
        {
          lowest = MIN (lowest, figures->monitored_score);
          highest = MAX (highest, figures->monitored_score);
        }
      figures->complaint_points = fl_qa_complaint_points (&rules, figures->complaints);
      if (figures->evaluated > 0)
        {
          figures->qa_points = fl_qa_points (&rules, figures->failed);
          figures->total = figures->qa_points + figures->complaint_points;
        }
      totals[i] = figures->total;
    }

  fl_qa_rank (totals, lines->len, ranks);
  for (guint i = 0; i < lines->len; i++)
    {
      FlQaMonthFigures *figures = &g_array_index (lines, Line, i).figures;

      figures->rank = ranks[i];
      if (figures->monitored > 0 && !isnan (figures->monitored_score))
        figures->coefficient = fl_qa_coefficient (&rules, figures->monitored_score, lowest, highest);
    }
}

/* The month as it stands now, for the whole center. */
static GArray *
compute_month (FlQaResultsService  *self,
               const char          *month,
               GError             **error)
{
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GArray) lines = read_staff (self, by_id, error);

  if (lines == NULL
      || !add_evaluations (self, month, "qa", lines, by_id, error)
      || !add_evaluations (self, month, "monitoring", lines, by_id, error)
      || !add_complaints (self, month, lines, by_id, error))
    return NULL;
  g_clear_pointer (&by_id, g_hash_table_unref);
  apply_rules (self, lines);
  return g_steal_pointer (&lines);
}

static double
column_or_nan (sqlite3_stmt *statement,
               int           column)
{
  return sqlite3_column_type (statement, column) == SQLITE_NULL
         ? NAN : sqlite3_column_double (statement, column);
}

/* A closed month's frozen lines. */
static GArray *
read_frozen (FlQaResultsService  *self,
             const char          *month,
             GError             **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autoptr(GArray) lines = g_array_new (FALSE, TRUE, sizeof (Line));
  gboolean has_row = FALSE;

  g_array_set_clear_func (lines, line_clear);
  statement = fl_database_prepare (self->database,
                                   "SELECT r.staff_id, r.evaluated, r.passed, r.failed, r.average_score, "
                                   "  r.qa_points, r.monitored, r.monitored_score, r.coefficient, "
                                   "  r.complaints, r.complaint_points, r.total, r.rank, "
                                   "  s.job_number, s.name, t.name, coalesce (s.team_id, 0) "
                                   "FROM qa_month_results r JOIN staff s ON s.id = r.staff_id "
                                   "LEFT JOIN teams t ON t.id = s.team_id "
                                   "WHERE r.month = ? ORDER BY s.job_number",
                                   error);
  if (statement == NULL)
    return NULL;
  sqlite3_bind_text (statement, 1, month, -1, SQLITE_STATIC);
  while (fl_database_step (self->database, statement, &has_row, error) && has_row)
    {
      Line line = { { 0, }, };

      line.figures.staff_id = sqlite3_column_int64 (statement, 0);
      line.figures.evaluated = (guint) sqlite3_column_int (statement, 1);
      line.figures.passed = (guint) sqlite3_column_int (statement, 2);
      line.figures.failed = (guint) sqlite3_column_int (statement, 3);
      line.figures.average_score = column_or_nan (statement, 4);
      line.figures.qa_points = column_or_nan (statement, 5);
      line.figures.monitored = (guint) sqlite3_column_int (statement, 6);
      line.figures.monitored_score = column_or_nan (statement, 7);
      line.figures.coefficient = column_or_nan (statement, 8);
      line.figures.complaints = (guint) sqlite3_column_int (statement, 9);
      line.figures.complaint_points = sqlite3_column_double (statement, 10);
      line.figures.total = column_or_nan (statement, 11);
      line.figures.rank = (guint) sqlite3_column_int (statement, 12);
      read_person (&line, statement, 13);
      g_array_append_val (lines, line);
    }
  if (has_row)
    return NULL;
  return g_steal_pointer (&lines);
}

GListModel *
fl_qa_results_service_list_month (FlQaResultsService  *self,
                                  FlSession           *actor,
                                  const char          *month,
                                  gint64               team_id,
                                  GError             **error)
{
  g_autoptr(GListStore) store = NULL;
  g_autoptr(GArray) lines = NULL;

  g_return_val_if_fail (FL_IS_QA_RESULTS_SERVICE (self), NULL);

  if (!fl_session_check (actor, FL_PERMISSION_VIEW_RECORDINGS, error) || !fl_qa_check_month (month, error))
    return NULL;

  lines = fl_qa_results_service_is_closed (self, month) ? read_frozen (self, month, error)
                                                         : compute_month (self, month, error);
  if (lines == NULL)
    return NULL;

  store = g_list_store_new (FL_TYPE_QA_MONTH_RESULT);
  for (guint i = 0; i < lines->len; i++)
    {
      Line *line = &g_array_index (lines, Line, i);
      g_autoptr(FlQaMonthResult) result = NULL;

      if (team_id > 0 && line->team_id != team_id)
        continue;
      result = fl_qa_month_result_new (&line->figures, line->job_number, line->name,
                                       line->team_name);
      g_list_store_append (store, result);
    }
  return G_LIST_MODEL (g_steal_pointer (&store));
}

static gpointer
list_month_in_worker (FlDatabase  *connection,
                      gpointer     data,
                      GError     **error)
{
  FlWorkerQuery *query = data;
  g_autoptr(FlQaResultsService) service = fl_qa_results_service_new (connection);

  return fl_qa_results_service_list_month (service, query->actor, query->month, query->id, error);
}

void
fl_qa_results_service_list_month_async (FlQaResultsService  *self,
                                        FlSession           *actor,
                                        const char          *month,
                                        gint64               team_id,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data)
{
  g_return_if_fail (FL_IS_QA_RESULTS_SERVICE (self));

  fl_worker_run (self->database, self, fl_qa_results_service_list_month_async, list_month_in_worker,
                 fl_worker_query_new (actor, month, team_id), fl_worker_query_free, g_object_unref,
                 cancellable, callback, user_data);
}

GListModel *
fl_qa_results_service_list_month_finish (FlQaResultsService  *self,
                                         GAsyncResult        *result,
                                         GError             **error)
{
  return fl_worker_finish (result, fl_qa_results_service_list_month_async, error);
}

gboolean
fl_qa_results_service_is_closed (FlQaResultsService *self,
                                 const char         *month)
{
  g_return_val_if_fail (FL_IS_QA_RESULTS_SERVICE (self), FALSE);

  return !fl_qa_check_month_open (self->database, month, NULL);
}

static void
bind_figure (sqlite3_stmt *statement,
             int           column,
             double        value)
{
  if (isnan (value))
    sqlite3_bind_null (statement, column);
  else
    sqlite3_bind_double (statement, column, value);
}

static gboolean
freeze_line (FlDatabase  *database,
             const char  *month,
             const Line  *line,
             GError     **error)
{
  const FlQaMonthFigures *figures = &line->figures;
  g_autoptr(sqlite3_stmt) statement = NULL;

  statement = fl_database_prepare (database,
                                   "INSERT INTO qa_month_results (month, staff_id, evaluated, passed, failed, "
                                   "  average_score, qa_points, monitored, monitored_score, coefficient, "
                                   "  complaints, complaint_points, total, rank) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                   error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_text (statement, 1, month, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (statement, 2, figures->staff_id);
  sqlite3_bind_int (statement, 3, (int) figures->evaluated);
  sqlite3_bind_int (statement, 4, (int) figures->passed);
  sqlite3_bind_int (statement, 5, (int) figures->failed);
  bind_figure (statement, 6, figures->average_score);
  bind_figure (statement, 7, figures->qa_points);
  sqlite3_bind_int (statement, 8, (int) figures->monitored);
  bind_figure (statement, 9, figures->monitored_score);
  bind_figure (statement, 10, figures->coefficient);
  sqlite3_bind_int (statement, 11, (int) figures->complaints);
  sqlite3_bind_double (statement, 12, figures->complaint_points);
  bind_figure (statement, 13, figures->total);
  sqlite3_bind_int (statement, 14, (int) figures->rank);
  return fl_database_run (database, statement, error);
}

typedef struct
{
  FlQaResultsService *self;
  FlSession          *actor;
  const char         *month;
  const char         *reason;
} MonthChange;

static JsonNode *
month_node (const char *month,
            gboolean    closed,
            const char *reason,
            guint       n_agents)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "month");
  json_builder_add_string_value (builder, month);
  json_builder_set_member_name (builder, "closed");
  json_builder_add_boolean_value (builder, closed);
  if (reason != NULL)
    {
      json_builder_set_member_name (builder, "reason");
      json_builder_add_string_value (builder, reason);
    }
  json_builder_set_member_name (builder, "agents");
  json_builder_add_int_value (builder, n_agents);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

static gboolean
apply_close (gpointer   user_data,
             GError   **error)
{
  MonthChange *change = user_data;
  FlDatabase *database = change->self->database;
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autoptr(GArray) lines = NULL;
  g_autoptr(JsonNode) before = NULL;
  g_autoptr(JsonNode) after = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *now_text = g_date_time_format_iso8601 (now);

  if (!fl_qa_check_month_open (database, change->month, error)
      || !(lines = compute_month (change->self, change->month, error)))
    return FALSE;

  statement = fl_database_prepare (database,
                                   "INSERT INTO qa_months (month, closed_at, closed_by_account_id) "
                                   "VALUES (?1, ?2, ?3) ON CONFLICT (month) "
                                   "DO UPDATE SET closed_at = ?2, closed_by_account_id = ?3",
                                   error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_text (statement, 1, change->month, -1, SQLITE_STATIC);
  sqlite3_bind_text (statement, 2, now_text, -1, SQLITE_TRANSIENT);
  fl_sql_bind_id (statement, 3, fl_session_get_account_id (change->actor));
  if (!fl_database_run (database, statement, error))
    return FALSE;
  for (guint i = 0; i < lines->len; i++)
    if (!freeze_line (database, change->month, &g_array_index (lines, Line, i), error))
      return FALSE;

  before = month_node (change->month, FALSE, NULL, 0);
  after = month_node (change->month, TRUE, NULL, lines->len);
  return fl_audit_record (database, change->actor, "qa_months", month_entity_id (change->month),
                          "close", before, after, error);
}

gboolean
fl_qa_results_service_close_month (FlQaResultsService  *self,
                                   FlSession           *actor,
                                   const char          *month,
                                   GError             **error)
{
  MonthChange change = { self, actor, month, NULL };

  g_return_val_if_fail (FL_IS_QA_RESULTS_SERVICE (self), FALSE);

  return fl_session_check (actor, FL_PERMISSION_CLOSE_QA_MONTH, error)
         && fl_qa_check_month (month, error)
         && fl_database_transaction (self->database, apply_close, &change, error);
}

static gpointer
close_month_in_worker (FlDatabase  *connection,
                       gpointer     data,
                       GError     **error)
{
  FlWorkerQuery *query = data;
  g_autoptr(FlQaResultsService) service = fl_qa_results_service_new (connection);

  if (!fl_qa_results_service_close_month (service, query->actor, query->month, error))
    return NULL;
  return GINT_TO_POINTER (TRUE);
}

void
fl_qa_results_service_close_month_async (FlQaResultsService  *self,
                                         FlSession           *actor,
                                         const char          *month,
                                         GCancellable        *cancellable,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data)
{
  g_return_if_fail (FL_IS_QA_RESULTS_SERVICE (self));

  fl_worker_run (self->database, self, fl_qa_results_service_close_month_async, close_month_in_worker,
                 fl_worker_query_new (actor, month, 0), fl_worker_query_free, NULL, cancellable, callback,
                 user_data);
}

gboolean
fl_qa_results_service_close_month_finish (FlQaResultsService  *self,
                                          GAsyncResult        *result,
                                          GError             **error)
{
  return fl_worker_finish (result, fl_qa_results_service_close_month_async, error) != NULL;
}

static gboolean
apply_reopen (gpointer   user_data,
              GError   **error)
{
  MonthChange *change = user_data;
  FlDatabase *database = change->self->database;
  g_autoptr(sqlite3_stmt) frozen = NULL;
  g_autoptr(sqlite3_stmt) month = NULL;
  g_autoptr(JsonNode) before = NULL;
  g_autoptr(JsonNode) after = NULL;

  if (fl_qa_check_month_open (database, change->month, NULL))
    {
      g_set_error (error, FL_QA_ERROR, FL_QA_ERROR_INVALID,
                   _("The QA results of %s are not closed."), change->month);
      return FALSE;
    }

  frozen = fl_database_prepare (database, "DELETE FROM qa_month_results WHERE month = ?", error);
  if (frozen == NULL)
    return FALSE;
  sqlite3_bind_text (frozen, 1, change->month, -1, SQLITE_STATIC);
  month = fl_database_prepare (database,
                               "UPDATE qa_months SET closed_at = NULL, closed_by_account_id = NULL "
                               "WHERE month = ?",
                               error);
  if (month == NULL)
    return FALSE;
  sqlite3_bind_text (month, 1, change->month, -1, SQLITE_STATIC);
  if (!fl_database_run (database, frozen, error))
    return FALSE;
  before = month_node (change->month, TRUE, NULL, (guint) sqlite3_changes (sqlite3_db_handle (frozen)));
  if (!fl_database_run (database, month, error))
    return FALSE;

  after = month_node (change->month, FALSE, change->reason, 0);
  return fl_audit_record (database, change->actor, "qa_months", month_entity_id (change->month),
                          "reopen", before, after, error);
}

gboolean
fl_qa_results_service_reopen_month (FlQaResultsService  *self,
                                    FlSession           *actor,
                                    const char          *month,
                                    const char          *reason,
                                    GError             **error)
{
  g_autofree char *clean_reason = g_strstrip (g_strdup (reason != NULL ? reason : ""));
  MonthChange change = { self, actor, month, clean_reason };

  g_return_val_if_fail (FL_IS_QA_RESULTS_SERVICE (self), FALSE);

  if (!fl_session_check (actor, FL_PERMISSION_CLOSE_QA_MONTH, error) || !fl_qa_check_month (month, error))
    return FALSE;
  if (*clean_reason == '\0')
    {
      g_set_error_literal (error, FL_QA_ERROR, FL_QA_ERROR_INVALID,
                           _("Say why the month is being reopened. The reason is kept in the audit log."));
      return FALSE;
    }
  return fl_database_transaction (self->database, apply_reopen, &change, error);
}

/* The Monday of @date's week, as "YYYY-MM-DD". */
static void
week_of (const char *date,
         char        period[11])
{
  int year, month, day;
  GDate monday;

  g_strlcpy (period, date, 11);
  if (sscanf (date, "%4d-%2d-%2d", &year, &month, &day) != 3 || !g_date_valid_dmy (day, month, year))
    return;
  g_date_clear (&monday, 1);
  g_date_set_dmy (&monday, day, month, year);
  g_date_subtract_days (&monday, g_date_get_weekday (&monday) - G_DATE_MONDAY);
  g_snprintf (period, 11, "%04d-%02d-%02d", g_date_get_year (&monday), g_date_get_month (&monday),
              g_date_get_day (&monday));
}

GArray *
fl_qa_results_service_agent_trend (FlQaResultsService  *self,
                                   FlSession           *actor,
                                   gint64               staff_id,
                                   const char          *first_month,
                                   const char          *last_month,
                                   gboolean             by_week,
                                   GError             **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autoptr(GArray) points = g_array_new (FALSE, TRUE, sizeof (FlQaTrendPoint));
  g_autofree char *end_month = NULL;
  g_autofree char *from = NULL;
  g_autofree char *until = NULL;
  gboolean has_row = FALSE;

  g_return_val_if_fail (FL_IS_QA_RESULTS_SERVICE (self), NULL);

  if (!fl_session_check (actor, FL_PERMISSION_VIEW_RECORDINGS, error)
      || !fl_qa_check_month (first_month, error) || !fl_qa_check_month (last_month, error))
    return NULL;

  end_month = fl_month_add (last_month, 1);
  from = g_strconcat (first_month, "-01", NULL);
  until = g_strconcat (end_month, "-01", NULL);
  statement = fl_database_prepare (self->database,
                                   "SELECT call_date, score, passed FROM evaluations "
                                   "WHERE agent_staff_id = ? AND purpose = 'qa' AND state = 'submitted' "
                                   "  AND call_date >= ? AND call_date < ? AND score IS NOT NULL "
                                   "ORDER BY call_date",
                                   error);
  if (statement == NULL)
    return NULL;
  sqlite3_bind_int64 (statement, 1, staff_id);
  sqlite3_bind_text (statement, 2, from, -1, SQLITE_STATIC);
  sqlite3_bind_text (statement, 3, until, -1, SQLITE_STATIC);

  while (fl_database_step (self->database, statement, &has_row, error) && has_row)
    {
      const char *date = fl_sql_column_text (statement, 0);
      FlQaTrendPoint *last = points->len > 0 ? &g_array_index (points, FlQaTrendPoint, points->len - 1)
                                             : NULL;
      char period[11] = { 0, };
      double sum;

      if (by_week)
        week_of (date, period);
      else
        g_strlcpy (period, date, 8);
      if (last == NULL || strcmp (last->period, period) != 0)
        {
          FlQaTrendPoint point = { { 0, }, 0, 0, 0 };

          memcpy (point.period, period, sizeof period);
          g_array_append_val (points, point);
          last = &g_array_index (points, FlQaTrendPoint, points->len - 1);
        }
      sum = last->average_score * last->evaluated + sqlite3_column_double (statement, 1);
      last->evaluated++;
      last->passed += sqlite3_column_int (statement, 2) == 1;
      last->average_score = sum / last->evaluated;
    }
  if (has_row)
    return NULL;
  return g_steal_pointer (&points);
}

static void
fl_qa_results_service_dispose (GObject *object)
{
  FlQaResultsService *self = FL_QA_RESULTS_SERVICE (object);

  g_clear_object (&self->policies);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (fl_qa_results_service_parent_class)->dispose (object);
}

static void
fl_qa_results_service_class_init (FlQaResultsServiceClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = fl_qa_results_service_dispose;
}

static void
fl_qa_results_service_init (FlQaResultsService *self)
{
}

FlQaResultsService *
fl_qa_results_service_new (FlDatabase *database)
{
  FlQaResultsService *self;

  g_return_val_if_fail (FL_IS_DATABASE (database), NULL);

  self = g_object_new (FL_TYPE_QA_RESULTS_SERVICE, NULL);
  self->database = g_object_ref (database);
  self->policies = fl_policy_service_new (database);
  return self;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-qa-report-service"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "fl-month.h"
#include "fl-qa-error.h"
#include "fl-qa-report-service.h"
#include "fl-scorecard.h"
#include "fl-sql.h"
#include "fl-worker.h"

/* The department head's QA reports: score trends, the items failed most
 * and who scored how much. Every query reads the evaluations' stored call
 * month and day, through the indexes of schema 3. */
struct _FlQaReportService
{
  GObject     parent_instance;

  FlDatabase *database;
};

G_DEFINE_FINAL_TYPE (FlQaReportService, fl_qa_report_service, G_TYPE_OBJECT)

/* The QA evaluations of ?1–?2 (months) for agent ?3 or team ?4 (0: any). */
#define QA_IN_RANGE \
  "FROM evaluations e LEFT JOIN staff s ON s.id = e.agent_staff_id " \
  "WHERE e.call_month BETWEEN ?1 AND ?2 AND e.purpose = 'qa' AND e.state = 'submitted' " \
  "  AND (?3 = 0 OR e.agent_staff_id = ?3) AND (?4 = 0 OR s.team_id = ?4) "

static sqlite3_stmt *
prepare_range (FlDatabase  *database,
               FlSession   *actor,
               const char  *sql,
               gint64       team_id,
               gint64       staff_id,
               const char  *first_month,
               const char  *last_month,
               GError     **error)
{
  sqlite3_stmt *statement;

  if (!fl_session_check (actor, FL_PERMISSION_VIEW_RECORDINGS, error) ||
      !fl_qa_check_month (first_month, error) || !fl_qa_check_month (last_month, error) ||
      !(statement = fl_database_prepare (database, sql, error)))
    return NULL;
  fl_sql_bind_text (statement, 1, first_month);
  fl_sql_bind_text (statement, 2, last_month);
  sqlite3_bind_int64 (statement, 3, staff_id);
  sqlite3_bind_int64 (statement, 4, staff_id > 0 ? 0 : team_id);
  return statement;
}

/* Appends one result row to @rows. */
typedef void (*RowFunc) (sqlite3_stmt *statement,
                         GArray       *rows);

/* Every report reads rows the same way: each one appended by @append to
 * an array of @element_size (cleared by @clear), returned; NULL if
 * @statement is NULL (not prepared) or fails. Takes @statement. */
static GArray *
read_rows (FlDatabase      *database,
           sqlite3_stmt    *statement,
           gsize            element_size,
           GDestroyNotify   clear,
           RowFunc          append,
           GError         **error)
{
  g_autoptr(sqlite3_stmt) owned = statement;
  g_autoptr(GArray) result = NULL;
  gboolean has_row = FALSE;

  if (statement == NULL)
    return NULL;
  result = g_array_new (FALSE, TRUE, element_size);
  g_array_set_clear_func (result, clear);
  while (fl_database_step (database, statement, &has_row, error) && has_row)
    append (statement, result);
  if (has_row)
    return NULL;
  return g_steal_pointer (&result);
}

static void
append_trend_point (sqlite3_stmt *statement,
                    GArray       *rows)
{
  FlQaTrendPoint point = { { 0, }, 0, 0, 0 };

  g_strlcpy (point.period, fl_sql_column_text (statement, 0), sizeof point.period);
  point.evaluated = sqlite3_column_int (statement, 1);
  point.passed = sqlite3_column_int (statement, 2);
  point.average_score = sqlite3_column_double (statement, 3);
  g_array_append_val (rows, point);
}

GArray *
fl_qa_report_service_trend (FlQaReportService  *self,
                            FlSession          *actor,
                            gint64              team_id,
                            gint64              staff_id,
                            const char         *first_month,
                            const char         *last_month,
                            gboolean            by_week,
                            GError            **error)
{
  sqlite3_stmt *statement;

  g_return_val_if_fail (FL_IS_QA_REPORT_SERVICE (self), NULL);

  /* A week is named by its Monday: the day itself, or the Monday before. */
  statement = prepare_range (self->database, actor,
                             by_week
                             ? "SELECT date (e.call_date, '-6 days', 'weekday 1') AS p, count(*), sum (e.passed), "
                               "  avg (e.score) " QA_IN_RANGE "AND e.score IS NOT NULL GROUP BY p ORDER BY p"
                             : "SELECT e.call_month AS p, count(*), sum (e.passed), avg (e.score) "
                               QA_IN_RANGE "AND e.score IS NOT NULL GROUP BY p ORDER BY p",
                             team_id, staff_id, first_month, last_month, error);
  return read_rows (self->database, statement, sizeof (FlQaTrendPoint), NULL, append_trend_point,
                    error);
}

static void
clear_item_failures (gpointer data)
{
  g_free (((FlQaItemFailures *) data)->item_text);
}

static void
append_item_failures (sqlite3_stmt *statement,
                      GArray       *rows)
{
  FlQaItemFailures item = {
    .item_text = g_strdup (fl_scorecard_translate (fl_sql_column_text (statement, 0))),
    .failures = sqlite3_column_int (statement, 1),
    .answered = sqlite3_column_int (statement, 2),
  };

  g_array_append_val (rows, item);
}

GArray *
fl_qa_report_service_failed_items (FlQaReportService  *self,
                                   FlSession          *actor,
                                   gint64              team_id,
                                   gint64              staff_id,
                                   const char         *first_month,
                                   const char         *last_month,
                                   GError            **error)
{
  sqlite3_stmt *statement;

  g_return_val_if_fail (FL_IS_QA_REPORT_SERVICE (self), NULL);

  /* Items are counted by their words, across the template's versions. A
   * yes/no item is failed when answered no; a scale item when it got half
   * its points or fewer. */
  statement = prepare_range (self->database, actor,
                             "SELECT i.text, sum (CASE WHEN i.answer_type = 'yes_no' THEN a.points < i.max_points "
                             "  ELSE a.points * 2 <= i.max_points END) AS failures, count(*) "
                             "FROM evaluation_answers a JOIN scorecard_items i ON i.id = a.item_id "
                             "WHERE a.points IS NOT NULL AND a.evaluation_id IN (SELECT e.id " QA_IN_RANGE ") "
                             "GROUP BY i.text HAVING failures > 0 ORDER BY failures DESC, i.text",
                             team_id, staff_id, first_month, last_month, error);
  return read_rows (self->database, statement, sizeof (FlQaItemFailures), clear_item_failures, append_item_failures,
                    error);
}

static void
clear_workload (gpointer data)
{
  g_free (((FlQaWorkload *) data)->name);
}

static void
append_workload (sqlite3_stmt *statement,
                 GArray       *rows)
{
  FlQaWorkload row = {
    .account_id = sqlite3_column_int64 (statement, 0),
    .name = g_strdup (fl_sql_column_text (statement, 1)),
    .qa = sqlite3_column_int (statement, 2),
    .monitoring = sqlite3_column_int (statement, 3),
    .calibration = sqlite3_column_int (statement, 4),
    .drafts = sqlite3_column_int (statement, 5),
    .review_hours = sqlite3_column_double (statement, 6),
  };

  g_array_append_val (rows, row);
}

GArray *
fl_qa_report_service_workload (FlQaReportService  *self,
                               FlSession          *actor,
                               const char         *month,
                               GError            **error)
{
  sqlite3_stmt *statement;

  g_return_val_if_fail (FL_IS_QA_REPORT_SERVICE (self), NULL);

  statement = prepare_range (self->database, actor,
                             "SELECT e.evaluator_account_id, coalesce (st.name, a.login), "
                             "  sum (e.state = 'submitted' AND e.purpose = 'qa') AS qa, "
                             "  sum (e.state = 'submitted' AND e.purpose = 'monitoring'), "
                             "  sum (e.state = 'submitted' AND e.purpose = 'calibration'), "
                             "  sum (e.state = 'draft'), sum (e.review_seconds) / 3600.0 "
                             "FROM evaluations e JOIN accounts a ON a.id = e.evaluator_account_id "
                             "LEFT JOIN staff st ON st.id = a.staff_id "
                             "WHERE e.call_month BETWEEN ?1 AND ?2 AND ?3 = ?4 "
                             "GROUP BY e.evaluator_account_id ORDER BY qa DESC, 2",
                             0, 0, month, month, error);
  return read_rows (self->database, statement, sizeof (FlQaWorkload), clear_workload, append_workload,
                    error);
}

static void
clear_statement_line (gpointer data)
{
  FlQaStatementLine *line = data;

  g_free (line->call_date);
  g_free (line->scorer);
  g_free (line->missed);
}

static char *
translate_items (const char *joined)
{
  g_auto(GStrv) texts = g_strsplit (joined != NULL ? joined : "", "\x1f", -1);
  g_autoptr(GPtrArray) translated = g_ptr_array_new ();

  for (guint i = 0; texts[i] != NULL; i++)
    if (*texts[i] != '\0')
      g_ptr_array_add (translated, (gpointer) fl_scorecard_translate (texts[i]));
  g_ptr_array_add (translated, NULL);
  /* Translators: between the items an agent missed on one call */
  return g_strjoinv (_("; "), (GStrv) translated->pdata);
}

static void
append_statement_line (sqlite3_stmt *statement,
                       GArray       *rows)
{
  FlQaStatementLine line = {
    .call_date = g_strdup (fl_sql_column_text (statement, 0)),
    .scorer = g_strdup (fl_sql_column_text (statement, 1)),
    .monitoring = sqlite3_column_int (statement, 2) != 0,
    .scorable = sqlite3_column_type (statement, 3) != SQLITE_NULL,
    .score = sqlite3_column_double (statement, 3),
    .passed = sqlite3_column_int (statement, 4) != 0,
    .missed = translate_items (fl_sql_column_text (statement, 5)),
  };

  g_array_append_val (rows, line);
}

GArray *
fl_qa_report_service_statement_lines (FlQaReportService  *self,
                                      FlSession          *actor,
                                      gint64              staff_id,
                                      const char         *month,
                                      GError            **error)
{
  sqlite3_stmt *statement;

  g_return_val_if_fail (FL_IS_QA_REPORT_SERVICE (self), NULL);

  statement = prepare_range (self->database, actor,
                             "SELECT e.call_date, coalesce (st.name, a.login), e.purpose = 'monitoring', e.score, "
                             "  e.passed, (SELECT group_concat (i.text, char (31)) FROM evaluation_answers x "
                             "             JOIN scorecard_items i ON i.id = x.item_id "
                             "             WHERE x.evaluation_id = e.id AND x.points < i.max_points) "
                             "FROM evaluations e JOIN accounts a ON a.id = e.evaluator_account_id "
                             "LEFT JOIN staff st ON st.id = a.staff_id "
                             "WHERE e.call_month BETWEEN ?1 AND ?2 AND e.agent_staff_id = ?3 AND ?4 = 0 "
                             "  AND e.state = 'submitted' AND e.purpose IN ('qa', 'monitoring') "
                             "ORDER BY e.call_date, e.id",
                             0, staff_id, month, month, error);
  return read_rows (self->database, statement, sizeof (FlQaStatementLine), clear_statement_line, append_statement_line,
                    error);
}

void
fl_qa_dashboard_free (FlQaDashboard *dashboard)
{
  if (dashboard == NULL)
    return;
  g_clear_pointer (&dashboard->monthly, g_array_unref);
  g_clear_pointer (&dashboard->weekly, g_array_unref);
  g_clear_pointer (&dashboard->failed_items, g_array_unref);
  g_clear_pointer (&dashboard->workload, g_array_unref);
  g_free (dashboard);
}

typedef struct
{
  FlWorkerQuery *query;      /* the last month; id: the team */
  gint64         staff_id;
  guint          months;
} DashboardQuery;

static void
dashboard_query_free (gpointer data)
{
  DashboardQuery *query = data;

  fl_worker_query_free (query->query);
  g_free (query);
}

static gpointer
dashboard_in_worker (FlDatabase  *connection,
                     gpointer     data,
                     GError     **error)
{
  DashboardQuery *query = data;
  FlSession *actor = query->query->actor;
  const char *last = query->query->month;
  g_autoptr(FlQaReportService) service = fl_qa_report_service_new (connection);
  g_autoptr(FlQaDashboard) dashboard = g_new0 (FlQaDashboard, 1);
  g_autofree char *first = fl_month_add (last, 1 - (int) query->months);
  gint64 team_id = query->query->id;

  if (!(dashboard->monthly = fl_qa_report_service_trend (service, actor, team_id, query->staff_id, first, last,
                                                         FALSE, error)) ||
      !(dashboard->weekly = fl_qa_report_service_trend (service, actor, team_id, query->staff_id, first, last,
                                                        TRUE, error)) ||
      !(dashboard->failed_items = fl_qa_report_service_failed_items (service, actor, team_id, query->staff_id,
                                                                     first, last, error)) ||
      !(dashboard->workload = fl_qa_report_service_workload (service, actor, last, error)))
    return NULL;
  return g_steal_pointer (&dashboard);
}

void
fl_qa_report_service_dashboard_async (FlQaReportService   *self,
                                      FlSession           *actor,
                                      gint64               team_id,
                                      gint64               staff_id,
                                      const char          *last_month,
                                      guint                months,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data)
{
  DashboardQuery *query;

  g_return_if_fail (FL_IS_QA_REPORT_SERVICE (self));
  g_return_if_fail (months > 0);

  query = g_new0 (DashboardQuery, 1);
  query->query = fl_worker_query_new (actor, last_month, team_id);
  query->staff_id = staff_id;
  query->months = months;
  fl_worker_run (self->database, self, fl_qa_report_service_dashboard_async, dashboard_in_worker, query,
                 dashboard_query_free, (GDestroyNotify) fl_qa_dashboard_free, cancellable, callback, user_data);
}

FlQaDashboard *
fl_qa_report_service_dashboard_finish (FlQaReportService  *self,
                                       GAsyncResult       *result,
                                       GError            **error)
{
  return fl_worker_finish (result, fl_qa_report_service_dashboard_async, error);
}

static void
fl_qa_report_service_dispose (GObject *object)
{
  g_clear_object (&FL_QA_REPORT_SERVICE (object)->database);

  G_OBJECT_CLASS (fl_qa_report_service_parent_class)->dispose (object);
}

static void
fl_qa_report_service_class_init (FlQaReportServiceClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = fl_qa_report_service_dispose;
}

static void
fl_qa_report_service_init (FlQaReportService *self)
{
}

FlQaReportService *
fl_qa_report_service_new (FlDatabase *database)
{
  FlQaReportService *self;

  g_return_val_if_fail (FL_IS_DATABASE (database), NULL);

  self = g_object_new (FL_TYPE_QA_REPORT_SERVICE, NULL);
  self->database = g_object_ref (database);
  return self;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-calibration-service"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "fl-audit.h"
#include "fl-calibration-deviation.h"
#include "fl-calibration-service.h"
#include "fl-policy-service.h"
#include "fl-qa-error.h"
#include "fl-scorecard.h"
#include "fl-sql.h"

struct _FlCalibrationService
{
  GObject          parent_instance;

  FlDatabase      *database;
  FlPolicyService *policies;
};

G_DEFINE_FINAL_TYPE (FlCalibrationService, fl_calibration_service, G_TYPE_OBJECT)

typedef struct
{
  FlCalibrationService *self;
  FlSession            *actor;
  gint64                session_id;
  gint64                recording_id;
  gint64                template_id;
  gint64                reference_id;
  GArray               *scorer_ids;
  const char           *title;
} CalibrationChange;

static gboolean
fail (GError     **error,
      FlQaError    code,
      const char  *message)
{
  g_set_error_literal (error, FL_QA_ERROR, code, message);
  return FALSE;
}

/* The call exists, is not a scorer's own, and has no open session. */
static gboolean
check_recording (CalibrationChange  *change,
                 gint64             *agent_staff_id,
                 GError            **error)
{
  FlDatabase *database = change->self->database;
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  statement = fl_database_prepare (database,
                                   "SELECT r.agent_staff_id, "
                                   "  EXISTS (SELECT 1 FROM calibration_sessions s "
                                   "          WHERE s.recording_id = r.id AND s.state = 'open'), "
                                   "  (SELECT count(*) FROM scorecard_templates t WHERE t.id = ?2) "
                                   "FROM recordings r WHERE r.id = ?1",
                                   error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, change->recording_id);
  sqlite3_bind_int64 (statement, 2, change->template_id);
  if (!fl_database_step (database, statement, &has_row, error))
    return FALSE;
  if (!has_row)
    return fail (error, FL_QA_ERROR_NOT_FOUND, _("This recording is no longer in the library."));
  if (sqlite3_column_int (statement, 1))
    return fail (error, FL_QA_ERROR_INVALID,
                 _("This call already has an open calibration session. Close it before starting another."));
  if (sqlite3_column_int (statement, 2) == 0)
    return fail (error, FL_QA_ERROR_NOT_FOUND, _("This scorecard template no longer exists."));
  *agent_staff_id = sqlite3_column_int64 (statement, 0);
  return TRUE;
}

/* Each scorer is an active account that may evaluate, and not the agent. */
static gboolean
check_scorer (CalibrationChange  *change,
              gint64              account_id,
              gint64              agent_staff_id,
              GError            **error)
{
  FlDatabase *database = change->self->database;
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  statement = fl_database_prepare (database,
                                   "SELECT a.roles, a.active, a.staff_id, coalesce (s.name, a.login) "
                                   "FROM accounts a LEFT JOIN staff s ON s.id = a.staff_id WHERE a.id = ?",
                                   error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, account_id);
  if (!fl_database_step (database, statement, &has_row, error))
    return FALSE;
  if (!has_row)
    return fail (error, FL_QA_ERROR_NOT_FOUND, _("One of the scorers no longer has an account."));
  if (!sqlite3_column_int (statement, 1) ||
      !fl_roles_can ((FlRoles) sqlite3_column_int (statement, 0), FL_PERMISSION_EVALUATE))
    {
      g_set_error (error, FL_QA_ERROR, FL_QA_ERROR_INVALID,
                   _("%s cannot score calls: choose QA auditors, team leads or the department head."),
                   fl_sql_column_text (statement, 3));
      return FALSE;
    }
  if (agent_staff_id > 0 && sqlite3_column_int64 (statement, 2) == agent_staff_id)
    {
      g_set_error (error, FL_QA_ERROR, FL_QA_ERROR_INVALID,
                   _("%s is the agent on this call and cannot score it."), fl_sql_column_text (statement, 3));
      return FALSE;
    }
  return TRUE;
}

static gboolean
apply_create (gpointer   user_data,
              GError   **error)
{
  CalibrationChange *change = user_data;
  FlDatabase *database = change->self->database;
  g_autoptr(sqlite3_stmt) insert = NULL;
  g_autoptr(JsonNode) after = NULL;
  g_autofree char *now = fl_sql_now_utc ();
  gint64 agent_staff_id = 0;

  if (!check_recording (change, &agent_staff_id, error))
    return FALSE;
  for (guint i = 0; i < change->scorer_ids->len; i++)
    if (!check_scorer (change, g_array_index (change->scorer_ids, gint64, i), agent_staff_id, error))
      return FALSE;

  insert = fl_database_prepare (database,
                                "INSERT INTO calibration_sessions (recording_id, template_id, "
                                "  reference_account_id, title, created_by_account_id, created_at) "
                                "VALUES (?, ?, ?, ?, ?, ?)",
                                error);
  if (insert == NULL)
    return FALSE;
  sqlite3_bind_int64 (insert, 1, change->recording_id);
  sqlite3_bind_int64 (insert, 2, change->template_id);
  sqlite3_bind_int64 (insert, 3, change->reference_id);
  fl_sql_bind_text (insert, 4, change->title);
  fl_sql_bind_id (insert, 5, fl_session_get_account_id (change->actor));
  sqlite3_bind_text (insert, 6, now, -1, SQLITE_TRANSIENT);
  if (!fl_database_run (database, insert, error))
    return FALSE;
  change->session_id = fl_database_last_insert_id (database);

  for (guint i = 0; i < change->scorer_ids->len; i++)
    {
      g_autoptr(sqlite3_stmt) scorer = NULL;

      scorer = fl_database_prepare (database,
                                    "INSERT INTO calibration_scorers (session_id, account_id) VALUES (?, ?)",
                                    error);
      if (scorer == NULL)
        return FALSE;
      sqlite3_bind_int64 (scorer, 1, change->session_id);
      sqlite3_bind_int64 (scorer, 2, g_array_index (change->scorer_ids, gint64, i));
      if (!fl_database_run (database, scorer, error))
        return FALSE;
    }
  return (after = fl_audit_snapshot (database, "calibration_sessions", change->session_id, error)) != NULL
         && fl_audit_record (database, change->actor, "calibration_sessions", change->session_id, "create",
                             NULL, after, error);
}

static void
add_scorer (GArray *ids,
            gint64  id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return;
  g_array_append_val (ids, id);
}

gint64
fl_calibration_service_create (FlCalibrationService  *self,
                               FlSession             *actor,
                               gint64                 recording_id,
                               gint64                 template_id,
                               gint64                 reference_id,
                               const gint64          *scorer_ids,
                               guint                  n_scorers,
                               const char            *title,
                               GError               **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *clean_title = g_strstrip (g_strdup (title != NULL ? title : ""));
  CalibrationChange change = { self, actor, 0, recording_id, template_id, reference_id, ids,
                               *clean_title != '\0' ? clean_title : NULL };

  g_return_val_if_fail (FL_IS_CALIBRATION_SERVICE (self), 0);

  if (!fl_session_check (actor, FL_PERMISSION_RUN_CALIBRATION, error))
    return 0;
  if (reference_id > 0)
    add_scorer (ids, reference_id);
  for (guint i = 0; i < n_scorers; i++)
    add_scorer (ids, scorer_ids[i]);
  if (reference_id <= 0 || ids->len < 2)
    {
      fail (error, FL_QA_ERROR_INVALID,
            _("A calibration session needs a reference scorer and at least one other scorer."));
      return 0;
    }
  if (!fl_database_transaction (self->database, apply_create, &change, error))
    return 0;
  return change.session_id;
}

static gboolean
apply_close (gpointer   user_data,
             GError   **error)
{
  CalibrationChange *change = user_data;
  FlDatabase *database = change->self->database;
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autoptr(sqlite3_stmt) update = NULL;
  g_autoptr(JsonNode) before = NULL;
  g_autoptr(JsonNode) after = NULL;
  g_autofree char *now = fl_sql_now_utc ();
  gboolean has_row = FALSE;

  statement = fl_database_prepare (database,
                                   "SELECT s.state, e.state FROM calibration_sessions s "
                                   "LEFT JOIN calibration_scorers c ON c.session_id = s.id "
                                   "  AND c.account_id = s.reference_account_id "
                                   "LEFT JOIN evaluations e ON e.id = c.evaluation_id WHERE s.id = ?",
                                   error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, change->session_id);
  if (!fl_database_step (database, statement, &has_row, error))
    return FALSE;
  if (!has_row)
    return fail (error, FL_QA_ERROR_NOT_FOUND, _("This calibration session no longer exists."));
  if (g_strcmp0 (fl_sql_column_text (statement, 0), "closed") == 0)
    return fail (error, FL_QA_ERROR_INVALID, _("This calibration session is already closed."));
  if (g_strcmp0 (fl_sql_column_text (statement, 1), "submitted") != 0)
    return fail (error, FL_QA_ERROR_INVALID,
                 _("The reference scorer has not submitted their evaluation yet. The session can close "
                   "once they have."));

  before = fl_audit_snapshot (database, "calibration_sessions", change->session_id, error);
  update = fl_database_prepare (database,
                                "UPDATE calibration_sessions SET state = 'closed', closed_at = ? WHERE id = ?",
                                error);
  if (before == NULL || update == NULL)
    return FALSE;
  sqlite3_bind_text (update, 1, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (update, 2, change->session_id);
  return fl_database_run (database, update, error)
         && (after = fl_audit_snapshot (database, "calibration_sessions", change->session_id, error)) != NULL
         && fl_audit_record (database, change->actor, "calibration_sessions", change->session_id, "close",
                             before, after, error);
}

gboolean
fl_calibration_service_close (FlCalibrationService  *self,
                              FlSession             *actor,
                              gint64                 session_id,
                              GError               **error)
{
  CalibrationChange change = { self, actor, session_id, };

  g_return_val_if_fail (FL_IS_CALIBRATION_SERVICE (self), FALSE);

  return fl_session_check (actor, FL_PERMISSION_RUN_CALIBRATION, error)
         && fl_database_transaction (self->database, apply_close, &change, error);
}

GListModel *
fl_calibration_service_list (FlCalibrationService  *self,
                             FlSession             *actor,
                             GError               **error)
{
  g_autoptr(GListStore) store = g_list_store_new (FL_TYPE_CALIBRATION_SESSION);
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  g_return_val_if_fail (FL_IS_CALIBRATION_SERVICE (self), NULL);

  if (!fl_session_check (actor, FL_PERMISSION_VIEW_RECORDINGS, error))
    return NULL;
  statement = fl_database_prepare (self->database,
                                   "SELECT s.id, s.title, s.recording_id, ag.name, r.started_at, s.template_id, "
                                   "  t.name, t.version, coalesce (rs.name, ra.login), s.state, s.created_at, "
                                   "  s.closed_at, "
                                   "  (SELECT count(*) FROM calibration_scorers c WHERE c.session_id = s.id), "
                                   "  (SELECT count(*) FROM calibration_scorers c JOIN evaluations e "
                                   "   ON e.id = c.evaluation_id WHERE c.session_id = s.id AND e.state = 'submitted'), "
                                   "  me.account_id IS NOT NULL, coalesce (mine.state = 'submitted', 0) "
                                   "FROM calibration_sessions s JOIN recordings r ON r.id = s.recording_id "
                                   "LEFT JOIN staff ag ON ag.id = r.agent_staff_id "
                                   "JOIN scorecard_templates t ON t.id = s.template_id "
                                   "JOIN accounts ra ON ra.id = s.reference_account_id "
                                   "LEFT JOIN staff rs ON rs.id = ra.staff_id "
                                   "LEFT JOIN calibration_scorers me ON me.session_id = s.id AND me.account_id = ?1 "
                                   "LEFT JOIN evaluations mine ON mine.id = me.evaluation_id "
                                   "ORDER BY s.state = 'open' DESC, s.created_at DESC, s.id DESC",
                                   error);
  if (statement == NULL)
    return NULL;
  sqlite3_bind_int64 (statement, 1, fl_session_get_account_id (actor));
  while (fl_database_step (self->database, statement, &has_row, error) && has_row)
    {
      FlCalibrationSessionFields fields = { 0, };
      g_autoptr(FlCalibrationSession) session = NULL;

      fields.id = sqlite3_column_int64 (statement, 0);
      fields.title = g_strdup (fl_sql_column_text (statement, 1));
      fields.recording_id = sqlite3_column_int64 (statement, 2);
      fields.agent_name = g_strdup (fl_sql_column_text (statement, 3));
      fields.call_started_at = g_strdup (fl_sql_column_text (statement, 4));
      fields.template_id = sqlite3_column_int64 (statement, 5);
      /* TRANSLATORS: a scorecard template's name and version, as in "Inbound v2" */
      fields.template_name = g_strdup_printf (_("%s v%d"),
                                              fl_scorecard_translate (fl_sql_column_text (statement, 6)),
                                              sqlite3_column_int (statement, 7));
      fields.reference_name = g_strdup (fl_sql_column_text (statement, 8));
      fields.closed = g_strcmp0 (fl_sql_column_text (statement, 9), "closed") == 0;
      fields.created_at = g_strdup (fl_sql_column_text (statement, 10));
      fields.closed_at = g_strdup (fl_sql_column_text (statement, 11));
      fields.n_scorers = sqlite3_column_int (statement, 12);
      fields.n_submitted = sqlite3_column_int (statement, 13);
      fields.actor_scores = sqlite3_column_int (statement, 14) != 0;
      fields.actor_submitted = sqlite3_column_int (statement, 15) != 0;
      session = fl_calibration_session_new (&fields);
      g_list_store_append (store, session);
    }
  if (has_row)
    return NULL;
  return G_LIST_MODEL (g_steal_pointer (&store));
}

/* The session's template items, in order, into @texts and @item_ids. */
static gboolean
read_items (FlCalibrationService  *self,
            gint64                 template_id,
            GPtrArray             *texts,
            GArray                *item_ids,
            GError               **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  statement = fl_database_prepare (self->database,
                                   "SELECT i.id, i.text FROM scorecard_items i "
                                   "JOIN scorecard_sections c ON c.id = i.section_id "
                                   "WHERE c.template_id = ? ORDER BY c.position, i.position",
                                   error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, template_id);
  while (fl_database_step (self->database, statement, &has_row, error) && has_row)
    {
      gint64 id = sqlite3_column_int64 (statement, 0);

      g_array_append_val (item_ids, id);
      g_ptr_array_add (texts, g_strdup (fl_scorecard_translate (fl_sql_column_text (statement, 1))));
    }
  return !has_row;
}

/* The scorers, the reference first, and their evaluations' ids. */
static gboolean
read_scorers (FlCalibrationService  *self,
              gint64                 session_id,
              GArray                *scorers,
              GArray                *evaluation_ids,
              GError               **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  statement = fl_database_prepare (self->database,
                                   "SELECT c.account_id, coalesce (st.name, a.login), "
                                   "  c.account_id = s.reference_account_id, e.state = 'submitted', e.score, "
                                   "  coalesce (c.evaluation_id, 0) "
                                   "FROM calibration_scorers c JOIN calibration_sessions s ON s.id = c.session_id "
                                   "JOIN accounts a ON a.id = c.account_id LEFT JOIN staff st ON st.id = a.staff_id "
                                   "LEFT JOIN evaluations e ON e.id = c.evaluation_id "
                                   "WHERE c.session_id = ? "
                                   "ORDER BY c.account_id = s.reference_account_id DESC, 2",
                                   error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, session_id);
  while (fl_database_step (self->database, statement, &has_row, error) && has_row)
    {
      FlCalibrationScorer scorer = {
        .account_id = sqlite3_column_int64 (statement, 0),
        .name = g_strdup (fl_sql_column_text (statement, 1)),
        .is_reference = sqlite3_column_int (statement, 2) != 0,
        .submitted = sqlite3_column_int (statement, 3) != 0,
        .scorable = sqlite3_column_type (statement, 4) != SQLITE_NULL,
        .score = sqlite3_column_double (statement, 4),
      };
      gint64 evaluation_id = sqlite3_column_int64 (statement, 5);

      /* A draft is not an answer: only submitted evaluations count. */
      if (!scorer.submitted)
        evaluation_id = 0;
      g_array_append_val (scorers, scorer);
      g_array_append_val (evaluation_ids, evaluation_id);
    }
  return !has_row;
}

static gboolean
read_answers (FlCalibrationService  *self,
              GArray                *item_ids,
              GArray                *evaluation_ids,
              GArray                *answers,
              GError               **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;

  statement = fl_database_prepare (self->database,
                                   "SELECT not_applicable, points FROM evaluation_answers "
                                   "WHERE evaluation_id = ? AND item_id = ?",
                                   error);
  if (statement == NULL)
    return FALSE;
  for (guint item = 0; item < item_ids->len; item++)
    for (guint scorer = 0; scorer < evaluation_ids->len; scorer++)
      {
        FlCalibrationAnswer answer = { FL_ANSWER_STATE_UNANSWERED, 0 };
        gboolean has_row = FALSE;

        sqlite3_reset (statement);
        sqlite3_bind_int64 (statement, 1, g_array_index (evaluation_ids, gint64, scorer));
        sqlite3_bind_int64 (statement, 2, g_array_index (item_ids, gint64, item));
        if (!fl_database_step (self->database, statement, &has_row, error))
          return FALSE;
        if (has_row && sqlite3_column_int (statement, 0))
          answer.state = FL_ANSWER_STATE_NOT_APPLICABLE;
        else if (has_row && sqlite3_column_type (statement, 1) != SQLITE_NULL)
          {
            answer.state = FL_ANSWER_STATE_POINTS;
            answer.points = sqlite3_column_int (statement, 1);
          }
        g_array_append_val (answers, answer);
      }
  return TRUE;
}

FlCalibrationResult *
fl_calibration_service_get_result (FlCalibrationService  *self,
                                   FlSession             *actor,
                                   gint64                 session_id,
                                   GError               **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autoptr(GArray) scorers = g_array_new (FALSE, TRUE, sizeof (FlCalibrationScorer));
  g_autoptr(GArray) evaluation_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) item_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) answers = g_array_new (FALSE, FALSE, sizeof (FlCalibrationAnswer));
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  gboolean has_row = FALSE;

  g_return_val_if_fail (FL_IS_CALIBRATION_SERVICE (self), NULL);

  if (!fl_session_check (actor, FL_PERMISSION_VIEW_RECORDINGS, error))
    return NULL;
  statement = fl_database_prepare (self->database,
                                   "SELECT state, template_id FROM calibration_sessions WHERE id = ?", error);
  if (statement == NULL)
    return NULL;
  sqlite3_bind_int64 (statement, 1, session_id);
  if (!fl_database_step (self->database, statement, &has_row, error))
    return NULL;
  if (!has_row)
    {
      fail (error, FL_QA_ERROR_NOT_FOUND, _("This calibration session no longer exists."));
      return NULL;
    }
  if (g_strcmp0 (fl_sql_column_text (statement, 0), "closed") != 0)
    {
      fail (error, FL_QA_ERROR_BLIND,
            _("Everyone scores a calibration session blind: the answers are shown when it closes."));
      return NULL;
    }
  if (!read_items (self, sqlite3_column_int64 (statement, 1), texts, item_ids, error) ||
      !read_scorers (self, session_id, scorers, evaluation_ids, error) ||
      !read_answers (self, item_ids, evaluation_ids, answers, error))
    return NULL;
  g_ptr_array_add (texts, NULL);
  return fl_calibration_result_new (g_steal_pointer (&scorers),
                                    (GStrv) g_ptr_array_steal (texts, NULL),
                                    g_steal_pointer (&answers),
                                    fl_policy_service_get (self->policies, "qa.calibration-tolerance"));
}

GListModel *
fl_calibration_service_list_deviations (FlCalibrationService  *self,
                                        FlSession             *actor,
                                        const char            *first_month,
                                        const char            *last_month,
                                        GError               **error)
{
  g_autoptr(GListStore) store = g_list_store_new (FL_TYPE_CALIBRATION_DEVIATION);
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  g_return_val_if_fail (FL_IS_CALIBRATION_SERVICE (self), NULL);

  if (!fl_session_check (actor, FL_PERMISSION_VIEW_RECORDINGS, error) ||
      !fl_qa_check_month (first_month, error) || !fl_qa_check_month (last_month, error))
    return NULL;
  statement = fl_database_prepare (self->database,
                                   "SELECT c.account_id, coalesce (st.name, a.login), substr (s.closed_at, 1, 7) AS m, "
                                   "  count(*), avg (abs (e.score - ref.score)), max (abs (e.score - ref.score)) "
                                   "FROM calibration_sessions s "
                                   "JOIN calibration_scorers c ON c.session_id = s.id "
                                   "  AND c.account_id != s.reference_account_id "
                                   "JOIN evaluations e ON e.id = c.evaluation_id AND e.state = 'submitted' "
                                   "JOIN calibration_scorers rc ON rc.session_id = s.id "
                                   "  AND rc.account_id = s.reference_account_id "
                                   "JOIN evaluations ref ON ref.id = rc.evaluation_id AND ref.state = 'submitted' "
                                   "JOIN accounts a ON a.id = c.account_id LEFT JOIN staff st ON st.id = a.staff_id "
                                   "WHERE s.state = 'closed' AND e.score IS NOT NULL AND ref.score IS NOT NULL "
                                   "  AND m BETWEEN ?1 AND ?2 "
                                   "GROUP BY m, c.account_id ORDER BY m, 2",
                                   error);
  if (statement == NULL)
    return NULL;
  fl_sql_bind_text (statement, 1, first_month);
  fl_sql_bind_text (statement, 2, last_month);
  while (fl_database_step (self->database, statement, &has_row, error) && has_row)
    {
      FlCalibrationDeviationFields fields = {
        .account_id = sqlite3_column_int64 (statement, 0),
        .auditor_name = g_strdup (fl_sql_column_text (statement, 1)),
        .month = g_strdup (fl_sql_column_text (statement, 2)),
        .sessions = sqlite3_column_int (statement, 3),
        .mean_deviation = sqlite3_column_double (statement, 4),
        .largest_deviation = sqlite3_column_double (statement, 5),
      };
      g_autoptr(FlCalibrationDeviation) deviation = fl_calibration_deviation_new (&fields);

      g_list_store_append (store, deviation);
    }
  if (has_row)
    return NULL;
  return G_LIST_MODEL (g_steal_pointer (&store));
}

static void
fl_calibration_service_dispose (GObject *object)
{
  FlCalibrationService *self = FL_CALIBRATION_SERVICE (object);

  g_clear_object (&self->database);
  g_clear_object (&self->policies);

  G_OBJECT_CLASS (fl_calibration_service_parent_class)->dispose (object);
}

static void
fl_calibration_service_class_init (FlCalibrationServiceClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = fl_calibration_service_dispose;
}

static void
fl_calibration_service_init (FlCalibrationService *self)
{
}

FlCalibrationService *
fl_calibration_service_new (FlDatabase *database)
{
  FlCalibrationService *self;

  g_return_val_if_fail (FL_IS_DATABASE (database), NULL);

  self = g_object_new (FL_TYPE_CALIBRATION_SERVICE, NULL);
  self->database = g_object_ref (database);
  self->policies = fl_policy_service_new (database);
  return self;
}

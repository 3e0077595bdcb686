/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-evaluation-service"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "fl-audit.h"
#include "fl-evaluation-private.h"
#include "fl-evaluation-service-private.h"
#include "fl-month.h"
#include "fl-scorecard-store.h"
#include "fl-sql.h"

/* Evaluations autosave: every answer and comment is written at once, in a
 * transaction of its own, so a crash loses nothing the reviewer saw saved.
 * Drafts are not audited keystroke by keystroke; starting one, submitting
 * and reopening (with the reason) are. Nobody changes another reviewer's
 * evaluation, and a submitted one changes only by reopening it. */

struct _FlEvaluationService
{
  GObject     parent_instance;

  FlDatabase *database;
};

G_DEFINE_FINAL_TYPE (FlEvaluationService, fl_evaluation_service, G_TYPE_OBJECT)
G_DEFINE_QUARK (fl-evaluation-error-quark, fl_evaluation_error)

#define EVALUATION_COLUMNS \
  "e.id, e.recording_id, e.template_id, t.name, t.version, e.evaluator_account_id, " \
  "coalesce(es.name, a.login), e.agent_staff_id, ag.name, e.state, e.score, e.passed, " \
  "e.auto_failed, e.revision, e.review_seconds, e.comment, e.started_at, e.updated_at, " \
  "e.submitted_at, r.started_at "
#define EVALUATION_FROM \
  "FROM evaluations e JOIN scorecard_templates t ON t.id = e.template_id " \
  "JOIN accounts a ON a.id = e.evaluator_account_id LEFT JOIN staff es ON es.id = a.staff_id " \
  "LEFT JOIN staff ag ON ag.id = e.agent_staff_id JOIN recordings r ON r.id = e.recording_id "

static FlEvaluation *
evaluation_from_row (sqlite3_stmt *statement)
{
  return g_object_new (FL_TYPE_EVALUATION,
                       "id", sqlite3_column_int64 (statement, 0),
                       "recording-id", sqlite3_column_int64 (statement, 1),
                       "template-id", sqlite3_column_int64 (statement, 2),
                       "template-name", fl_sql_column_text (statement, 3),
                       "template-version", sqlite3_column_int (statement, 4),
                       "evaluator-id", sqlite3_column_int64 (statement, 5),
                       "evaluator-name", fl_sql_column_text (statement, 6),
                       "agent-id", sqlite3_column_int64 (statement, 7),
                       "agent-name", fl_sql_column_text (statement, 8),
                       "state", g_strcmp0 (fl_sql_column_text (statement, 9), "submitted") == 0
                                ? FL_EVALUATION_STATE_SUBMITTED : FL_EVALUATION_STATE_DRAFT,
                       "scorable", sqlite3_column_type (statement, 10) != SQLITE_NULL,
                       "score", sqlite3_column_double (statement, 10),
                       "passed", sqlite3_column_int (statement, 11) != 0,
                       "auto-failed", sqlite3_column_int (statement, 12) != 0,
                       "revision", MAX (sqlite3_column_int (statement, 13), 1),
                       "review-seconds", sqlite3_column_int64 (statement, 14),
                       "comment", fl_sql_column_text (statement, 15),
                       "started-at", fl_sql_column_text (statement, 16),
                       "updated-at", fl_sql_column_text (statement, 17),
                       "submitted-at", fl_sql_column_text (statement, 18),
                       "recording-started-at", fl_sql_column_text (statement, 19),
                       NULL);
}

static GListModel *
query_evaluations (FlEvaluationService  *self,
                   const char           *where_and_order,
                   gint64                parameter,
                   FlSession            *actor,
                   GError              **error)
{
  g_autoptr(GListStore) store = g_list_store_new (FL_TYPE_EVALUATION);
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autofree char *sql = g_strconcat ("SELECT " EVALUATION_COLUMNS EVALUATION_FROM, where_and_order, NULL);
  gboolean has_row = FALSE;

  if (!(statement = fl_database_prepare (self->database, sql, error)))
    return NULL;
  sqlite3_bind_int64 (statement, 1, parameter);
  if (actor != NULL)
    sqlite3_bind_int64 (statement, 2, fl_session_get_account_id (actor));

  while (fl_database_step (self->database, statement, &has_row, error) && has_row)
    {
      g_autoptr(FlEvaluation) evaluation = evaluation_from_row (statement);

      g_list_store_append (store, evaluation);
    }
  if (error != NULL && *error != NULL)
    return NULL;
  return G_LIST_MODEL (g_steal_pointer (&store));
}

static gboolean
read_answers (FlDatabase    *database,
              FlEvaluation  *evaluation,
              GError       **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  statement = fl_database_prepare (database,
                                   "SELECT item_id, not_applicable, points, comment "
                                   "FROM evaluation_answers WHERE evaluation_id = ?",
                                   error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, fl_evaluation_get_id (evaluation));

  while (fl_database_step (database, statement, &has_row, error) && has_row)
    {
      FlAnswerState state = FL_ANSWER_STATE_UNANSWERED;

      /* A row with neither carries only a comment. */
      if (sqlite3_column_int (statement, 1) != 0)
        state = FL_ANSWER_STATE_NOT_APPLICABLE;
      else if (sqlite3_column_type (statement, 2) != SQLITE_NULL)
        state = FL_ANSWER_STATE_POINTS;
      fl_evaluation_set_answer_internal (evaluation, sqlite3_column_int64 (statement, 0), state,
                                         sqlite3_column_int (statement, 2), fl_sql_column_text (statement, 3));
    }
  return !(error != NULL && *error != NULL);
}

/* The template version the evaluation is scored on, and its answers. */
static gboolean
attach_scorecard (FlEvaluationService  *self,
                  FlEvaluation         *evaluation,
                  GError              **error)
{
  g_autoptr(FlScorecard) scorecard = fl_scorecard_store_load (self->database,
                                                              fl_evaluation_get_template_id (evaluation), error);

  if (scorecard == NULL || !read_answers (self->database, evaluation, error))
    return FALSE;
  fl_evaluation_set_scorecard (evaluation, scorecard);
  return TRUE;
}

/* The evaluation with its answers and the template version it is scored on. */
FlEvaluation *
fl_evaluation_service_read (FlEvaluationService  *self,
                            gint64                id,
                            GError              **error)
{
  g_autoptr(GListModel) found = query_evaluations (self, "WHERE e.id = ?", id, NULL, error);
  g_autoptr(FlEvaluation) evaluation = NULL;

  if (found == NULL)
    return NULL;
  if (g_list_model_get_n_items (found) == 0)
    {
      g_set_error (error, FL_EVALUATION_ERROR, FL_EVALUATION_ERROR_NOT_FOUND,
                   _("This evaluation no longer exists."));
      return NULL;
    }
  evaluation = g_list_model_get_item (found, 0);
  if (!attach_scorecard (self, evaluation, error))
    return NULL;
  return g_steal_pointer (&evaluation);
}

/* The row and its answers, for the audit log and the revision history. */
JsonNode *
fl_evaluation_snapshot (FlDatabase  *database,
          gint64       id,
          GError     **error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) row = fl_audit_snapshot (database, "evaluations", id, error);
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  if (row == NULL)
    return NULL;
  statement = fl_database_prepare (database,
                                   "SELECT item_id, not_applicable, points, comment FROM evaluation_answers "
                                   "WHERE evaluation_id = ? ORDER BY item_id",
                                   error);
  if (statement == NULL)
    return NULL;
  sqlite3_bind_int64 (statement, 1, id);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "evaluation");
  json_builder_add_value (builder, g_steal_pointer (&row));
  json_builder_set_member_name (builder, "answers");
  json_builder_begin_array (builder);
  while (fl_database_step (database, statement, &has_row, error) && has_row)
    {
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "item_id");
      json_builder_add_int_value (builder, sqlite3_column_int64 (statement, 0));
      json_builder_set_member_name (builder, "not_applicable");
      json_builder_add_boolean_value (builder, sqlite3_column_int (statement, 1) != 0);
      json_builder_set_member_name (builder, "points");
      if (sqlite3_column_type (statement, 2) == SQLITE_NULL)
        json_builder_add_null_value (builder);
      else
        json_builder_add_int_value (builder, sqlite3_column_int64 (statement, 2));
      json_builder_set_member_name (builder, "comment");
      if (sqlite3_column_type (statement, 3) == SQLITE_NULL)
        json_builder_add_null_value (builder);
      else
        json_builder_add_string_value (builder, fl_sql_column_text (statement, 3));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  if (error != NULL && *error != NULL)
    return NULL;
  return json_builder_get_root (builder);
}

gboolean
fl_evaluation_run_sql (FlDatabase  *database,
         const char  *sql,
         gint64       first,
         gint64       second,
         GError     **error)
{
  g_autoptr(sqlite3_stmt) statement = fl_database_prepare (database, sql, error);

  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, first);
  if (sqlite3_bind_parameter_count (statement) > 1)
    sqlite3_bind_int64 (statement, 2, second);
  return fl_database_run (database, statement, error);
}

/* The library shows each recording's latest submitted evaluation, or
 * 'draft' while only drafts exist. */
gboolean
fl_evaluation_update_recording (FlDatabase  *database,
                  gint64       recording_id,
                  GError     **error)
{
  return fl_evaluation_run_sql (database,
                  "UPDATE recordings SET "
                  "  evaluation_state = CASE "
                  "    WHEN EXISTS (SELECT 1 FROM evaluations WHERE recording_id = ?1 AND state = 'submitted' "
                  "                 AND purpose != 'calibration') THEN 'submitted' "
                  "    WHEN EXISTS (SELECT 1 FROM evaluations WHERE recording_id = ?1 "
                  "                 AND purpose != 'calibration') THEN 'draft' "
                  "    ELSE 'none' END, "
                  "  score = (SELECT score FROM evaluations WHERE recording_id = ?1 AND state = 'submitted' "
                  "           AND purpose != 'calibration' ORDER BY submitted_at DESC, id DESC LIMIT 1), "
                  "  passed = (SELECT passed FROM evaluations WHERE recording_id = ?1 AND state = 'submitted' "
                  "            AND purpose != 'calibration' ORDER BY submitted_at DESC, id DESC LIMIT 1) "
                  "WHERE id = ?1",
                  recording_id, 0, error);
}

char *
fl_evaluation_now_utc (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

/* Evaluations and notes are signed by a person: the system session, which
 * has no account, may not write them. */
gboolean
fl_evaluation_check_account (FlSession     *actor,
                             FlPermission   permission,
                             GError       **error)
{
  if (!fl_session_check (actor, permission, error))
    return FALSE;
  if (fl_session_get_account_id (actor) > 0)
    return TRUE;
  g_set_error (error, FL_EVALUATION_ERROR, FL_EVALUATION_ERROR_NO_ACCOUNT,
               _("Sign in with your own account to evaluate calls and write notes."));
  return FALSE;
}

gboolean
fl_evaluation_check_recording (FlDatabase  *database,
                               gint64       recording_id,
                               gint64      *agent_staff_id,
                               GError     **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  statement = fl_database_prepare (database, "SELECT agent_staff_id FROM recordings WHERE id = ?", error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, recording_id);
  if (!fl_database_step (database, statement, &has_row, error))
    return FALSE;
  if (!has_row)
    {
      g_set_error (error, FL_EVALUATION_ERROR, FL_EVALUATION_ERROR_NOT_FOUND,
                   _("This recording is no longer in the library."));
      return FALSE;
    }
  if (agent_staff_id != NULL)
    *agent_staff_id = sqlite3_column_int64 (statement, 0);
  return TRUE;
}

/* The template version to start on: the newest of @template_id's family. */
static gint64
current_template (FlEvaluationService  *self,
                  gint64                template_id,
                  GError              **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  statement = fl_database_prepare (self->database,
                                   "SELECT id, status, name FROM scorecard_templates WHERE family_id = "
                                   "  (SELECT family_id FROM scorecard_templates WHERE id = ?) "
                                   "ORDER BY version DESC LIMIT 1",
                                   error);
  if (statement == NULL)
    return 0;
  sqlite3_bind_int64 (statement, 1, template_id);
  if (!fl_database_step (self->database, statement, &has_row, error))
    return 0;
  if (!has_row)
    {
      g_set_error (error, FL_EVALUATION_ERROR, FL_EVALUATION_ERROR_NOT_FOUND,
                   _("This scorecard no longer exists. Choose another scorecard."));
      return 0;
    }
  if (g_strcmp0 (fl_sql_column_text (statement, 1), "active") != 0)
    {
      g_set_error (error, FL_EVALUATION_ERROR, FL_EVALUATION_ERROR_INVALID,
                   _("The scorecard “%s” is archived. Choose another scorecard."),
                   fl_scorecard_translate (fl_sql_column_text (statement, 2)));
      return 0;
    }
  return sqlite3_column_int64 (statement, 0);
}

/* The actor's evaluation of the recording, if there is one: their draft
 * first. A submitted one is changed by reopening it, never by starting afresh. */
/* The actor's evaluation of the recording (*id 0 if none yet): their
 * calibration scoring while they are in an open session on the call, and
 * then *calibration_template_id is the session's template version (else
 * 0); otherwise their own QA or monitoring evaluation. */
static gboolean
find_existing (FlEvaluationService  *self,
               FlSession            *actor,
               gint64                recording_id,
               gint64               *id,
               gint64               *calibration_template_id,
               GError              **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  statement = fl_database_prepare (self->database,
                                   "SELECT coalesce (cal.template_id, 0), "
                                   "  CASE WHEN cal.template_id IS NOT NULL THEN coalesce (cal.evaluation_id, 0) "
                                   "  ELSE coalesce ((SELECT id FROM evaluations WHERE recording_id = ?1 "
                                   "    AND evaluator_account_id = ?2 AND purpose != 'calibration' "
                                   "    ORDER BY state = 'draft' DESC, id DESC LIMIT 1), 0) END "
                                   "FROM (SELECT 1) LEFT JOIN ("
                                   "  SELECT s.template_id, c.evaluation_id FROM calibration_sessions s "
                                   "  JOIN calibration_scorers c ON c.session_id = s.id AND c.account_id = ?2 "
                                   "  WHERE s.recording_id = ?1 AND s.state = 'open') cal",
                                   error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, recording_id);
  sqlite3_bind_int64 (statement, 2, fl_session_get_account_id (actor));
  if (!fl_database_step (self->database, statement, &has_row, error))
    return FALSE;
  if (calibration_template_id != NULL)
    *calibration_template_id = sqlite3_column_int64 (statement, 0);
  *id = sqlite3_column_int64 (statement, 1);
  return TRUE;
}

static gboolean
check_not_own_call (FlSession  *actor,
                    gint64      agent_staff_id,
                    GError    **error)
{
  if (agent_staff_id <= 0 || agent_staff_id != fl_session_get_staff_id (actor))
    return TRUE;
  g_set_error (error, FL_EVALUATION_ERROR, FL_EVALUATION_ERROR_OWN_CALL,
               _("This is a recording of your own call. Another QA auditor or your team lead must "
                 "evaluate it."));
  return FALSE;
}

/* Finds the actor's evaluation of the recording, or checks that they may
 * start one and picks the template version it would be scored on. */
static gboolean
apply_start (gpointer   user_data,
             GError   **error)
{
  FlEvaluationChange *change = user_data;
  FlEvaluationService *self = change->self;
  gint64 agent_staff_id = 0;
  gint64 calibration_template_id = 0;

  if (!fl_evaluation_check_recording (self->database, change->recording_id, &agent_staff_id, error) ||
      !check_not_own_call (change->actor, agent_staff_id, error) ||
      !find_existing (self, change->actor, change->recording_id, &change->id, &calibration_template_id, error))
    return FALSE;
  if (change->id > 0)
    return TRUE;
  /* A calibration session is scored on its own template version. */
  if (calibration_template_id > 0)
    {
      change->template_id = calibration_template_id;
      return TRUE;
    }
  change->template_id = current_template (self, change->template_id, error);
  return change->template_id > 0;
}

/* A draft that exists only in memory (id 0) until its first change is
 * saved, so opening a call to listen leaves no trace in the library. */
static FlEvaluation *
new_unsaved (FlEvaluationService  *self,
             FlSession            *actor,
             gint64                recording_id,
             gint64                template_id,
             GError              **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autoptr(FlEvaluation) evaluation = NULL;
  gboolean has_row = FALSE;

  statement = fl_database_prepare (self->database,
                                   "SELECT 0, r.id, t.id, t.name, t.version, a.id, coalesce(es.name, a.login), "
                                   "  r.agent_staff_id, ag.name, 'draft', NULL, 0, 0, 1, 0, NULL, NULL, NULL, NULL, "
                                   "  r.started_at "
                                   "FROM recordings r JOIN scorecard_templates t ON t.id = ?2 "
                                   "JOIN accounts a ON a.id = ?3 LEFT JOIN staff es ON es.id = a.staff_id "
                                   "LEFT JOIN staff ag ON ag.id = r.agent_staff_id WHERE r.id = ?1",
                                   error);
  if (statement == NULL)
    return NULL;
  sqlite3_bind_int64 (statement, 1, recording_id);
  sqlite3_bind_int64 (statement, 2, template_id);
  sqlite3_bind_int64 (statement, 3, fl_session_get_account_id (actor));
  if (!fl_database_step (self->database, statement, &has_row, error))
    return NULL;
  if (!has_row)
    {
      g_set_error (error, FL_EVALUATION_ERROR, FL_EVALUATION_ERROR_NOT_FOUND,
                   _("This recording is no longer in the library."));
      return NULL;
    }
  evaluation = evaluation_from_row (statement);
  if (!attach_scorecard (self, evaluation, error))
    return NULL;
  return g_steal_pointer (&evaluation);
}

/* What a new evaluation is for, and the local day of the call, which the
 * month's results group by. A scorer's evaluation in an open calibration
 * session is calibration; a call drawn for the actor's monitoring quota
 * is monitoring, one drawn for their QA is QA; otherwise a QA auditor's
 * evaluation is QA and a supervisor's is monitoring. */
static gboolean
classify (FlEvaluationService  *self,
          FlSession            *actor,
          gint64                recording_id,
          const char          **purpose,
          char                **call_date,
          GError              **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  statement = fl_database_prepare (self->database,
                                   "SELECT r.started_at, "
                                   "  (SELECT max (s.purpose = 'monitoring') FROM sample_assignments s "
                                   "   WHERE s.recording_id = r.id AND s.assignee_account_id = ?2), "
                                   "  EXISTS (SELECT 1 FROM calibration_sessions cs JOIN calibration_scorers cx "
                                   "          ON cx.session_id = cs.id AND cx.account_id = ?2 "
                                   "          WHERE cs.recording_id = r.id AND cs.state = 'open') "
                                   "FROM recordings r WHERE r.id = ?1",
                                   error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, recording_id);
  sqlite3_bind_int64 (statement, 2, fl_session_get_account_id (actor));
  if (!fl_database_step (self->database, statement, &has_row, error))
    return FALSE;

  *call_date = has_row ? fl_month_local_date (fl_sql_column_text (statement, 0)) : NULL;
  if (has_row && sqlite3_column_int (statement, 2))
    *purpose = "calibration";
  else if (has_row && sqlite3_column_type (statement, 1) != SQLITE_NULL)
    *purpose = sqlite3_column_int (statement, 1) ? "monitoring" : "qa";
  else
    *purpose = fl_session_has_role (actor, FL_ROLE_QA_AUDITOR) ? "qa" : "monitoring";
  return TRUE;
}

/* Writes an unsaved draft, inside the transaction of its first change; the
 * actor's notes on the call made before it are linked to it. */
gboolean
fl_evaluation_service_insert (FlEvaluationChange  *change,
                              FlEvaluation        *evaluation,
                              GError             **error)
{
  FlEvaluationService *self = change->self;
  g_autoptr(sqlite3_stmt) insert = NULL;
  g_autoptr(JsonNode) after = NULL;
  g_autofree char *now = fl_evaluation_now_utc ();
  gint64 recording_id = fl_evaluation_get_recording_id (evaluation);
  gint64 agent_staff_id = 0;
  const char *purpose = NULL;
  g_autofree char *call_date = NULL;

  if (!fl_evaluation_check_recording (self->database, recording_id, &agent_staff_id, error) ||
      !check_not_own_call (change->actor, agent_staff_id, error) ||
      !find_existing (self, change->actor, recording_id, &change->id, NULL, error))
    return FALSE;
  /* Started meanwhile, in another window: the change goes there. */
  if (change->id > 0)
    return TRUE;

  if (!classify (self, change->actor, recording_id, &purpose, &call_date, error))
    return FALSE;
  insert = fl_database_prepare (self->database,
                                "INSERT INTO evaluations (recording_id, template_id, evaluator_account_id, "
                                "  agent_staff_id, state, review_seconds, started_at, updated_at, "
                                "  purpose, call_date, call_month) "
                                "VALUES (?1, ?2, ?3, ?4, 'draft', ?5, ?6, ?7, ?8, ?9, substr (?9, 1, 7))",
                                error);
  if (insert == NULL)
    return FALSE;
  sqlite3_bind_text (insert, 8, purpose, -1, SQLITE_STATIC);
  fl_sql_bind_text (insert, 9, call_date);
  sqlite3_bind_int64 (insert, 1, recording_id);
  sqlite3_bind_int64 (insert, 2, fl_evaluation_get_template_id (evaluation));
  sqlite3_bind_int64 (insert, 3, fl_session_get_account_id (change->actor));
  fl_sql_bind_id (insert, 4, agent_staff_id);
  sqlite3_bind_int64 (insert, 5, fl_evaluation_get_review_seconds (evaluation));
  sqlite3_bind_text (insert, 6, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (insert, 7, now, -1, SQLITE_TRANSIENT);
  if (!fl_database_run (self->database, insert, error))
    return FALSE;
  change->id = fl_database_last_insert_id (self->database);

  if (g_str_equal (purpose, "calibration") &&
      !fl_evaluation_run_sql (self->database,
                              "UPDATE calibration_scorers SET evaluation_id = ?1 WHERE account_id = ?2 "
                              "AND session_id = (SELECT s.id FROM calibration_sessions s JOIN evaluations e "
                              "  ON e.recording_id = s.recording_id WHERE e.id = ?1 AND s.state = 'open')",
                              change->id, fl_session_get_account_id (change->actor), error))
    return FALSE;
  if (!fl_evaluation_run_sql (self->database,
                              "UPDATE recording_notes SET evaluation_id = ?1 WHERE evaluation_id IS NULL "
                              "AND recording_id = (SELECT recording_id FROM evaluations WHERE id = ?1) "
                              "AND author_account_id = ?2",
                              change->id, fl_session_get_account_id (change->actor), error) ||
      !fl_evaluation_update_recording (self->database, recording_id, error) ||
      !(after = fl_evaluation_snapshot (self->database, change->id, error)))
    return FALSE;
  return fl_audit_record (self->database, change->actor, "evaluations", change->id, "start", NULL, after, error);
}

FlEvaluation *
fl_evaluation_service_start (FlEvaluationService  *self,
                             FlSession            *actor,
                             gint64                recording_id,
                             gint64                template_id,
                             GError              **error)
{
  FlEvaluationChange change = { self, actor, 0, recording_id, template_id, 0, 0, 0, NULL };

  g_return_val_if_fail (FL_IS_EVALUATION_SERVICE (self), NULL);

  if (!fl_evaluation_check_account (actor, FL_PERMISSION_EVALUATE, error) ||
      !fl_database_transaction (self->database, apply_start, &change, error))
    return NULL;
  if (change.id > 0)
    return fl_evaluation_service_read (self, change.id, error);
  return new_unsaved (self, actor, recording_id, change.template_id, error);
}

FlEvaluation *
fl_evaluation_service_load (FlEvaluationService  *self,
                            FlSession            *actor,
                            gint64                evaluation_id,
                            GError              **error)
{
  g_autoptr(GListModel) found = NULL;

  g_return_val_if_fail (FL_IS_EVALUATION_SERVICE (self), NULL);

  if (!fl_session_check (actor, FL_PERMISSION_VIEW_RECORDINGS, error))
    return NULL;
  found = query_evaluations (self,
                             "WHERE e.id = ?1 "
                             "AND NOT " FL_CALIBRATION_HIDDEN ("e.id", "e.evaluator_account_id", "?2"),
                             evaluation_id, actor, error);
  if (found == NULL)
    return NULL;
  if (g_list_model_get_n_items (found) == 0)
    {
      g_autoptr(FlEvaluation) hidden = fl_evaluation_service_read (self, evaluation_id, error);

      if (hidden == NULL)
        return NULL;
      g_set_error (error, FL_EVALUATION_ERROR, FL_EVALUATION_ERROR_BLIND,
                   _("This evaluation is part of an open calibration session, scored blind: its answers are "
                     "shown when the session closes."));
      return NULL;
    }
  return fl_evaluation_service_read (self, evaluation_id, error);
}

GListModel *
fl_evaluation_service_list_for_recording (FlEvaluationService  *self,
                                          FlSession            *actor,
                                          gint64                recording_id,
                                          GError              **error)
{
  g_return_val_if_fail (FL_IS_EVALUATION_SERVICE (self), NULL);

  if (!fl_session_check (actor, FL_PERMISSION_VIEW_RECORDINGS, error))
    return NULL;
  return query_evaluations (self,
                            "WHERE e.recording_id = ?1 "
                            "AND NOT " FL_CALIBRATION_HIDDEN ("e.id", "e.evaluator_account_id", "?2") " "
                            "ORDER BY e.started_at, e.id",
                            recording_id, actor, error);
}

GListModel *
fl_evaluation_service_list_for_agent (FlEvaluationService  *self,
                                      FlSession            *actor,
                                      gint64                staff_id,
                                      GError              **error)
{
  g_return_val_if_fail (FL_IS_EVALUATION_SERVICE (self), NULL);

  if (!fl_session_check (actor, FL_PERMISSION_VIEW_RECORDINGS, error))
    return NULL;
  return query_evaluations (self,
                            "WHERE e.agent_staff_id = ?1 "
                            "AND NOT " FL_CALIBRATION_HIDDEN ("e.id", "e.evaluator_account_id", "?2") " "
                            "ORDER BY coalesce(e.submitted_at, e.started_at) DESC, e.id DESC",
                            staff_id, actor, error);
}

GListModel *
fl_evaluation_service_list_revisions (FlEvaluationService  *self,
                                      FlSession            *actor,
                                      gint64                evaluation_id,
                                      GError              **error)
{
  g_autoptr(GListStore) store = g_list_store_new (FL_TYPE_EVALUATION_REVISION);
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  g_return_val_if_fail (FL_IS_EVALUATION_SERVICE (self), NULL);

  if (!fl_session_check (actor, FL_PERMISSION_VIEW_RECORDINGS, error))
    return NULL;
  statement = fl_database_prepare (self->database,
                                   "SELECT r.id, r.evaluation_id, r.revision, r.reason, r.changed_by_account_id, "
                                   "  coalesce(s.name, a.login), r.changed_at, r.snapshot_json "
                                   "FROM evaluation_revisions r LEFT JOIN accounts a ON a.id = r.changed_by_account_id "
                                   "LEFT JOIN staff s ON s.id = a.staff_id "
                                   "WHERE r.evaluation_id = ? ORDER BY r.revision, r.id",
                                   error);
  if (statement == NULL)
    return NULL;
  sqlite3_bind_int64 (statement, 1, evaluation_id);

  while (fl_database_step (self->database, statement, &has_row, error) && has_row)
    {
      g_autoptr(FlEvaluationRevision) revision =
        g_object_new (FL_TYPE_EVALUATION_REVISION,
                      "id", sqlite3_column_int64 (statement, 0),
                      "evaluation-id", sqlite3_column_int64 (statement, 1),
                      "revision", sqlite3_column_int (statement, 2),
                      "reason", fl_sql_column_text (statement, 3),
                      "changed-by-id", sqlite3_column_int64 (statement, 4),
                      "changed-by-name", fl_sql_column_text (statement, 5),
                      "changed-at", fl_sql_column_text (statement, 6),
                      "snapshot-json", fl_sql_column_text (statement, 7),
                      NULL);

      g_list_store_append (store, revision);
    }
  if (error != NULL && *error != NULL)
    return NULL;
  return G_LIST_MODEL (g_steal_pointer (&store));
}

FlDatabase *
fl_evaluation_service_get_database (FlEvaluationService *self)
{
  g_return_val_if_fail (FL_IS_EVALUATION_SERVICE (self), NULL);
  return self->database;
}

static void
fl_evaluation_service_dispose (GObject *object)
{
  FlEvaluationService *self = (FlEvaluationService *) object;

  g_clear_object (&self->database);

  G_OBJECT_CLASS (fl_evaluation_service_parent_class)->dispose (object);
}

static void
fl_evaluation_service_class_init (FlEvaluationServiceClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = fl_evaluation_service_dispose;
}

static void
fl_evaluation_service_init (FlEvaluationService *self)
{
}

FlEvaluationService *
fl_evaluation_service_new (FlDatabase *database)
{
  FlEvaluationService *self;

  g_return_val_if_fail (FL_IS_DATABASE (database), NULL);

  self = g_object_new (FL_TYPE_EVALUATION_SERVICE, NULL);
  self->database = g_object_ref (database);
  return self;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-evaluation-service"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "fl-audit.h"
#include "fl-evaluation-private.h"
#include "fl-evaluation-service-private.h"
#include "fl-qa-error.h"
#include "fl-sql.h"

/* The autosaving half of FlEvaluationService: answers, comments, review
 * time, submitting and reopening. Each call is one short transaction that
 * also recomputes the score and the recording's summary. */

/* Scores the evaluation's answers as they now stand and stores the result. */
static gboolean
recompute (FlEvaluationService  *self,
           gint64                id,
           GError              **error)
{
  FlDatabase *database = fl_evaluation_service_get_database (self);
  g_autoptr(FlEvaluation) evaluation = fl_evaluation_service_read (self, id, error);
  g_autoptr(FlScoreResult) result = NULL;
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autofree char *now = fl_evaluation_now_utc ();

  if (evaluation == NULL)
    return FALSE;
  result = fl_evaluation_compute (evaluation);
  statement = fl_database_prepare (database,
                                   "UPDATE evaluations SET score = ?, passed = ?, auto_failed = ?, updated_at = ? "
                                   "WHERE id = ?",
                                   error);
  if (statement == NULL)
    return FALSE;
  /* Nothing applicable answered yet: no score, neither passed nor failed. */
  if (result->scorable)
    {
      sqlite3_bind_double (statement, 1, result->score);
      sqlite3_bind_int (statement, 2, result->passed);
    }
  sqlite3_bind_int (statement, 3, result->auto_failed);
  sqlite3_bind_text (statement, 4, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (statement, 5, id);
  return fl_database_run (database, statement, error) &&
         fl_evaluation_update_recording (database, fl_evaluation_get_recording_id (evaluation), error);
}

static gboolean
check_own_evaluation (FlEvaluation  *evaluation,
                      FlSession     *actor,
                      GError       **error)
{
  if (fl_evaluation_get_evaluator_id (evaluation) == fl_session_get_account_id (actor))
    return TRUE;
  g_set_error (error, FL_EVALUATION_ERROR, FL_EVALUATION_ERROR_NOT_YOURS,
               _("This evaluation belongs to %s. Only they can change it."),
               fl_evaluation_get_evaluator_name (evaluation));
  return FALSE;
}

/* The stored evaluation, if the actor may change it now: theirs, and a draft. */
static FlEvaluation *
read_editable (FlEvaluationChange  *change,
               GError **error)
{
  g_autoptr(FlEvaluation) evaluation = fl_evaluation_service_read (change->self, change->id, error);

  if (evaluation == NULL || !check_own_evaluation (evaluation, change->actor, error))
    return NULL;
  if (fl_evaluation_get_state (evaluation) == FL_EVALUATION_STATE_SUBMITTED)
    {
      g_set_error (error, FL_EVALUATION_ERROR, FL_EVALUATION_ERROR_LOCKED,
                   _("This evaluation was submitted and is locked. Reopen it with a reason to change it."));
      return NULL;
    }
  return g_steal_pointer (&evaluation);
}

/* A draft that is still unsaved is written first, in the same transaction:
 * if the change is refused, no empty draft is left behind. */
static gboolean
apply_to_saved (gpointer   user_data,
                GError   **error)
{
  FlEvaluationChange *change = user_data;

  /* Again on each attempt: a retried transaction starts from scratch. */
  change->id = fl_evaluation_get_id (change->evaluation);
  if (change->id == 0 && !fl_evaluation_service_insert (change, change->evaluation, error))
    return FALSE;
  return change->apply (change, error);
}

/* Writes the change, then brings @evaluation up to date from the database. */
static gboolean
run_change (FlEvaluationChange *change,
            FlEvaluation       *evaluation,
            FlTransactionFunc   func,
            GError            **error)
{
  g_autoptr(FlEvaluation) fresh = NULL;
  g_autoptr(GError) local_error = NULL;

  change->id = fl_evaluation_get_id (evaluation);
  change->evaluation = evaluation;
  change->apply = func;
  if (!fl_evaluation_check_account (change->actor, FL_PERMISSION_EVALUATE, error) ||
      !fl_database_transaction (fl_evaluation_service_get_database (change->self), apply_to_saved, change, error))
    return FALSE;

  /* Saved; a failure to read it back must not look like a failure to save. */
  if (!(fresh = fl_evaluation_service_read (change->self, change->id, &local_error)))
    g_warning ("Could not reload evaluation %" G_GINT64_FORMAT ": %s", change->id, local_error->message);
  else
    fl_evaluation_update_from (evaluation, fresh);
  return TRUE;
}

static gboolean
check_answer (FlScorecardItem  *item,
              FlAnswerState     state,
              int               points,
              GError          **error)
{
  const char *text = fl_scorecard_translate (fl_scorecard_item_get_text (item));
  int max_points = fl_scorecard_item_get_max_points (item);

  if (state == FL_ANSWER_STATE_NOT_APPLICABLE && !fl_scorecard_item_get_allow_na (item))
    g_set_error (error, FL_EVALUATION_ERROR, FL_EVALUATION_ERROR_INVALID,
                 _("“%s” cannot be marked not applicable."), text);
  else if (state != FL_ANSWER_STATE_POINTS)
    return TRUE;
  else if (fl_scorecard_item_get_answer_type (item) == FL_ANSWER_TYPE_YES_NO &&
           points != 0 && points != max_points)
    g_set_error (error, FL_EVALUATION_ERROR, FL_EVALUATION_ERROR_INVALID,
                 _("Answer “%s” with yes (%d points) or no (0 points)."), text, max_points);
  else if (points < 0 || points > max_points)
    g_set_error (error, FL_EVALUATION_ERROR, FL_EVALUATION_ERROR_INVALID,
                 _("“%s” is scored from 0 to %d points."), text, max_points);
  else
    return TRUE;
  return FALSE;
}

/* The item, if it is on the evaluation's scorecard. */
static FlScorecardItem *
find_item (FlEvaluation  *evaluation,
           gint64         item_id,
           GError       **error)
{
  FlScorecardItem *item = fl_scorecard_find_item (fl_evaluation_get_scorecard (evaluation), item_id);

  if (item == NULL)
    g_set_error (error, FL_EVALUATION_ERROR, FL_EVALUATION_ERROR_NOT_FOUND,
                 _("This item is not on the scorecard of this evaluation."));
  return item;
}

/* An answer row goes away once it holds neither an answer nor a comment. */
static gboolean
drop_empty_answer (FlDatabase  *database,
                   gint64       evaluation_id,
                   gint64       item_id,
                   GError     **error)
{
  return fl_evaluation_run_sql (database,
                  "DELETE FROM evaluation_answers WHERE evaluation_id = ?1 AND item_id = ?2 "
                  "AND not_applicable = 0 AND points IS NULL AND comment IS NULL",
                  evaluation_id, item_id, error);
}

/* Stores @change's answer and rescores. */
static gboolean
write_answer (FlEvaluationChange  *change,
              GError             **error)
{
  FlDatabase *database = fl_evaluation_service_get_database (change->self);
  g_autoptr(sqlite3_stmt) statement = NULL;

  statement = fl_database_prepare (database,
                                   "INSERT INTO evaluation_answers (evaluation_id, item_id, not_applicable, points) "
                                   "VALUES (?1, ?2, ?3, ?4) ON CONFLICT (evaluation_id, item_id) DO UPDATE "
                                   "SET not_applicable = excluded.not_applicable, points = excluded.points",
                                   error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, change->id);
  sqlite3_bind_int64 (statement, 2, change->item_id);
  fl_sql_bind_answer (statement, 3, change->state == FL_ANSWER_STATE_NOT_APPLICABLE,
                      change->state == FL_ANSWER_STATE_POINTS, change->points);

  return fl_database_run (database, statement, error) &&
         drop_empty_answer (database, change->id, change->item_id, error) &&
         recompute (change->self, change->id, error);
}

static gboolean
apply_answer (gpointer   user_data,
              GError   **error)
{
  FlEvaluationChange *change = user_data;
  g_autoptr(FlEvaluation) evaluation = NULL;
  g_autoptr(FlScorecardItem) item = NULL;

  return (evaluation = read_editable (change, error)) != NULL &&
         (item = find_item (evaluation, change->item_id, error)) != NULL &&
         check_answer (item, change->state, change->points, error) &&
         write_answer (change, error);
}

gboolean
fl_evaluation_service_set_answer (FlEvaluationService  *self,
                                  FlSession            *actor,
                                  FlEvaluation         *evaluation,
                                  gint64                item_id,
                                  FlAnswerState         state,
                                  int                   points,
                                  GError              **error)
{
  FlEvaluationChange change = { self, actor, 0, 0, 0, item_id, state, points, NULL };

  g_return_val_if_fail (FL_IS_EVALUATION_SERVICE (self), FALSE);
  g_return_val_if_fail (FL_IS_EVALUATION (evaluation), FALSE);

  return run_change (&change, evaluation, apply_answer, error);
}

static gboolean
apply_item_comment (gpointer   user_data,
                    GError   **error)
{
  FlEvaluationChange *change = user_data;
  FlDatabase *database = fl_evaluation_service_get_database (change->self);
  g_autoptr(FlEvaluation) evaluation = NULL;
  g_autoptr(FlScorecardItem) item = NULL;
  g_autoptr(sqlite3_stmt) statement = NULL;

  if (!(evaluation = read_editable (change, error)) ||
      !(item = find_item (evaluation, change->item_id, error)))
    return FALSE;

  statement = fl_database_prepare (database,
                                   "INSERT INTO evaluation_answers (evaluation_id, item_id, comment) "
                                   "VALUES (?1, ?2, ?3) ON CONFLICT (evaluation_id, item_id) DO UPDATE "
                                   "SET comment = excluded.comment",
                                   error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, change->id);
  sqlite3_bind_int64 (statement, 2, change->item_id);
  fl_sql_bind_text (statement, 3, change->text);

  return fl_database_run (database, statement, error) &&
         drop_empty_answer (database, change->id, change->item_id, error) &&
         recompute (change->self, change->id, error);
}

gboolean
fl_evaluation_service_set_item_comment (FlEvaluationService  *self,
                                        FlSession            *actor,
                                        FlEvaluation         *evaluation,
                                        gint64                item_id,
                                        const char           *comment,
                                        GError              **error)
{
  FlEvaluationChange change = { self, actor, 0, 0, 0, item_id, 0, 0, comment };

  g_return_val_if_fail (FL_IS_EVALUATION_SERVICE (self), FALSE);
  g_return_val_if_fail (FL_IS_EVALUATION (evaluation), FALSE);

  return run_change (&change, evaluation, apply_item_comment, error);
}

static gboolean
apply_comment (gpointer   user_data,
               GError   **error)
{
  FlEvaluationChange *change = user_data;
  g_autoptr(FlEvaluation) evaluation = NULL;
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autofree char *now = fl_evaluation_now_utc ();

  if (!(evaluation = read_editable (change, error)))
    return FALSE;
  statement = fl_database_prepare (fl_evaluation_service_get_database (change->self),
                                   "UPDATE evaluations SET comment = ?, updated_at = ? WHERE id = ?", error);
  if (statement == NULL)
    return FALSE;
  fl_sql_bind_text (statement, 1, change->text);
  sqlite3_bind_text (statement, 2, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (statement, 3, change->id);
  return fl_database_run (fl_evaluation_service_get_database (change->self), statement, error);
}

gboolean
fl_evaluation_service_set_comment (FlEvaluationService  *self,
                                   FlSession            *actor,
                                   FlEvaluation         *evaluation,
                                   const char           *comment,
                                   GError              **error)
{
  FlEvaluationChange change = { self, actor, 0, 0, 0, 0, 0, 0, comment };

  g_return_val_if_fail (FL_IS_EVALUATION_SERVICE (self), FALSE);
  g_return_val_if_fail (FL_IS_EVALUATION (evaluation), FALSE);

  return run_change (&change, evaluation, apply_comment, error);
}

static gboolean
apply_review_time (gpointer   user_data,
                   GError   **error)
{
  FlEvaluationChange *change = user_data;
  g_autoptr(FlEvaluation) evaluation = read_editable (change, error);

  return evaluation != NULL &&
         fl_evaluation_run_sql (fl_evaluation_service_get_database (change->self),
                  "UPDATE evaluations SET review_seconds = review_seconds + ?2 WHERE id = ?1",
                  change->id, change->points, error);
}

gboolean
fl_evaluation_service_add_review_time (FlEvaluationService  *self,
                                       FlSession            *actor,
                                       FlEvaluation         *evaluation,
                                       guint                 seconds,
                                       GError              **error)
{
  FlEvaluationChange change = { self, actor, 0, 0, 0, 0, 0, (int) MIN (seconds, G_MAXINT), NULL };

  g_return_val_if_fail (FL_IS_EVALUATION_SERVICE (self), FALSE);
  g_return_val_if_fail (FL_IS_EVALUATION (evaluation), FALSE);

  /* Listening alone does not start an evaluation: the time waits for its first answer. */
  if (fl_evaluation_get_id (evaluation) == 0)
    {
      if (!fl_evaluation_check_account (actor, FL_PERMISSION_EVALUATE, error))
        return FALSE;
      fl_evaluation_add_review_seconds (evaluation, change.points);
      return TRUE;
    }
  return run_change (&change, evaluation, apply_review_time, error);
}

static gboolean
apply_submit (gpointer   user_data,
              GError   **error)
{
  FlEvaluationChange *change = user_data;
  FlDatabase *database = fl_evaluation_service_get_database (change->self);
  g_autoptr(FlEvaluation) evaluation = NULL;
  g_autoptr(FlScoreResult) result = NULL;
  g_autoptr(JsonNode) before = NULL;
  g_autoptr(JsonNode) after = NULL;
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autofree char *now = fl_evaluation_now_utc ();

  if (!(evaluation = read_editable (change, error)) ||
      !fl_qa_check_evaluation_open (database, change->id, error))
    return FALSE;

  result = fl_evaluation_compute (evaluation);
  if (result->n_unanswered > 0)
    {
      g_set_error (error, FL_EVALUATION_ERROR, FL_EVALUATION_ERROR_INCOMPLETE,
                   g_dngettext (GETTEXT_PACKAGE,
                                "%u item is not answered yet. Answer it or mark it not applicable, then submit.",
                                "%u items are not answered yet. Answer each one or mark it not applicable, "
                                "then submit.",
                                result->n_unanswered),
                   result->n_unanswered);
      return FALSE;
    }

  if (!(before = fl_evaluation_snapshot (database, change->id, error)))
    return FALSE;
  statement = fl_database_prepare (database,
                                   "UPDATE evaluations SET state = 'submitted', submitted_at = ?1, updated_at = ?1 "
                                   "WHERE id = ?2",
                                   error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_text (statement, 1, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (statement, 2, change->id);
  if (!fl_database_run (database, statement, error) ||
      !recompute (change->self, change->id, error) ||
      !(after = fl_evaluation_snapshot (database, change->id, error)))
    return FALSE;
  return fl_audit_record (database, change->actor, "evaluations", change->id, "submit", before, after, error);
}

gboolean
fl_evaluation_service_submit (FlEvaluationService  *self,
                              FlSession            *actor,
                              FlEvaluation         *evaluation,
                              GError              **error)
{
  FlEvaluationChange change = { self, actor, 0, 0, 0, 0, 0, 0, NULL };

  g_return_val_if_fail (FL_IS_EVALUATION_SERVICE (self), FALSE);
  g_return_val_if_fail (FL_IS_EVALUATION (evaluation), FALSE);

  return run_change (&change, evaluation, apply_submit, error);
}

/* Keeps the evaluation as it stands as a revision, with @change's reason,
 * and counts the next one. Returns the snapshot kept, for the audit. */
static JsonNode *
keep_revision (FlEvaluationChange  *change,
               FlEvaluation        *evaluation,
               GError             **error)
{
  FlDatabase *database = fl_evaluation_service_get_database (change->self);
  g_autoptr(JsonNode) before = NULL;
  g_autoptr(sqlite3_stmt) revision = NULL;
  g_autofree char *before_text = NULL;
  g_autofree char *now = fl_evaluation_now_utc ();

  if (!(before = fl_evaluation_snapshot (database, change->id, error)))
    return NULL;
  before_text = json_to_string (before, FALSE);
  revision = fl_database_prepare (database,
                                  "INSERT INTO evaluation_revisions (evaluation_id, revision, snapshot_json, reason, "
                                  "  changed_by_account_id, changed_at) VALUES (?, ?, ?, ?, ?, ?)",
                                  error);
  if (revision == NULL)
    return NULL;
  sqlite3_bind_int64 (revision, 1, change->id);
  sqlite3_bind_int (revision, 2, fl_evaluation_get_revision (evaluation));
  sqlite3_bind_text (revision, 3, before_text, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (revision, 4, change->text, -1, SQLITE_TRANSIENT);
  fl_sql_bind_id (revision, 5, fl_session_get_account_id (change->actor));
  sqlite3_bind_text (revision, 6, now, -1, SQLITE_TRANSIENT);
  if (!fl_database_run (database, revision, error) ||
      !fl_evaluation_run_sql (database, "UPDATE evaluations SET revision = revision + 1 WHERE id = ?1",
                              change->id, 0, error))
    return NULL;
  return g_steal_pointer (&before);
}

static gboolean
apply_reopen (gpointer   user_data,
              GError   **error)
{
  FlEvaluationChange *change = user_data;
  FlDatabase *database = fl_evaluation_service_get_database (change->self);
  g_autoptr(FlEvaluation) evaluation = fl_evaluation_service_read (change->self, change->id, error);
  g_autoptr(JsonNode) before = NULL;
  g_autoptr(JsonNode) after = NULL;

  if (evaluation == NULL || !check_own_evaluation (evaluation, change->actor, error) ||
      !fl_qa_check_evaluation_open (database, change->id, error))
    return FALSE;
  if (fl_evaluation_get_state (evaluation) != FL_EVALUATION_STATE_SUBMITTED)
    {
      g_set_error (error, FL_EVALUATION_ERROR, FL_EVALUATION_ERROR_INVALID,
                   _("This evaluation is still a draft. Change its answers directly."));
      return FALSE;
    }

  if (!(before = keep_revision (change, evaluation, error)) ||
      !fl_evaluation_run_sql (database,
                "UPDATE evaluations SET state = 'draft', submitted_at = NULL WHERE id = ?1",
                change->id, 0, error) ||
      !recompute (change->self, change->id, error) ||
      !(after = fl_evaluation_snapshot (database, change->id, error)))
    return FALSE;

  json_object_set_string_member (json_node_get_object (after), "reason", change->text);
  return fl_audit_record (database, change->actor, "evaluations", change->id, "reopen", before, after, error);
}

gboolean
fl_evaluation_service_reopen (FlEvaluationService  *self,
                              FlSession            *actor,
                              FlEvaluation         *evaluation,
                              const char           *reason,
                              GError              **error)
{
  g_autofree char *clean_reason = g_strstrip (g_strdup (reason ? reason : ""));
  FlEvaluationChange change = { self, actor, 0, 0, 0, 0, 0, 0, clean_reason };

  g_return_val_if_fail (FL_IS_EVALUATION_SERVICE (self), FALSE);
  g_return_val_if_fail (FL_IS_EVALUATION (evaluation), FALSE);

  if (!fl_evaluation_check_account (actor, FL_PERMISSION_EVALUATE, error))
    return FALSE;
  if (*clean_reason == '\0')
    {
      g_set_error (error, FL_EVALUATION_ERROR, FL_EVALUATION_ERROR_INVALID,
                   _("Say why the evaluation is being changed. The reason is kept with its history."));
      return FALSE;
    }
  return run_change (&change, evaluation, apply_reopen, error);
}

/* Whether @item_id is on @evaluation's scorecard and may take the answer. */
gboolean
fl_evaluation_check_answer (FlEvaluation   *evaluation,
                            gint64          item_id,
                            FlAnswerState   state,
                            int             points,
                            GError        **error)
{
  g_autoptr(FlScorecardItem) item = find_item (evaluation, item_id, error);

  return item != NULL && check_answer (item, state, points, error);
}

/* Within the caller's transaction: changes one answer of a submitted
 * evaluation, keeping the earlier version as a revision with @reason and
 * auditing it as @action; the evaluation stays submitted and is rescored.
 * For the QA programme's disputes. */
gboolean
fl_evaluation_service_revise_answer (FlEvaluationService  *self,
                                     FlSession            *actor,
                                     gint64                evaluation_id,
                                     gint64                item_id,
                                     FlAnswerState         state,
                                     int                   points,
                                     const char           *reason,
                                     GError              **error)
{
  FlEvaluationChange change = { self, actor, evaluation_id, 0, 0, item_id, state, points, reason };
  FlDatabase *database = fl_evaluation_service_get_database (self);
  g_autoptr(FlEvaluation) evaluation = fl_evaluation_service_read (self, evaluation_id, error);
  g_autoptr(JsonNode) before = NULL;
  g_autoptr(JsonNode) after = NULL;

  g_return_val_if_fail (fl_database_in_transaction (database), FALSE);

  if (evaluation == NULL || !fl_evaluation_check_answer (evaluation, item_id, state, points, error) ||
      !fl_qa_check_evaluation_open (database, evaluation_id, error) ||
      !(before = keep_revision (&change, evaluation, error)) ||
      !write_answer (&change, error) ||
      !(after = fl_evaluation_snapshot (database, evaluation_id, error)))
    return FALSE;

  json_object_set_string_member (json_node_get_object (after), "reason", reason);
  return fl_audit_record (database, actor, "evaluations", evaluation_id, "revise", before, after, error);
}

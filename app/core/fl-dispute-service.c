/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-dispute-service"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "fl-audit.h"
#include "fl-dispute-service.h"
#include "fl-evaluation-service-private.h"
#include "fl-policy-service.h"
#include "fl-qa-error.h"
#include "fl-scorecard.h"
#include "fl-sql.h"

struct _FlDisputeService
{
  GObject              parent_instance;

  FlDatabase          *database;
  FlEvaluationService *evaluations;
  FlPolicyService     *policies;
};

G_DEFINE_FINAL_TYPE (FlDisputeService, fl_dispute_service, G_TYPE_OBJECT)

/* Every query of disputes reads these columns, in this order. */
#define DISPUTE_COLUMNS \
  "d.id, d.evaluation_id, d.item_id, i.text, ag.name, coalesce (fs.name, fa.login), d.filed_at, " \
  "d.reason, d.proposed_not_applicable, d.proposed_points, d.state, coalesce (ds.name, da.login), " \
  "d.decided_at, d.decision_comment, d.decided_not_applicable, d.decided_points, e.recording_id "
#define DISPUTE_JOINS \
  "FROM disputes d JOIN evaluations e ON e.id = d.evaluation_id " \
  "JOIN scorecard_items i ON i.id = d.item_id " \
  "LEFT JOIN staff ag ON ag.id = e.agent_staff_id " \
  "LEFT JOIN accounts fa ON fa.id = d.filed_by_account_id LEFT JOIN staff fs ON fs.id = fa.staff_id " \
  "LEFT JOIN accounts da ON da.id = d.decided_by_account_id LEFT JOIN staff ds ON ds.id = da.staff_id "

typedef struct
{
  FlDisputeService *self;
  FlSession        *actor;
  gint64            evaluation_id;
  gint64            item_id;
  gint64            dispute_id;
  const char       *text;
  FlDisputeState    outcome;
  FlAnswerState     state;
  int               points;
} DisputeChange;

static FlAnswerState
answer_state (sqlite3_stmt *statement,
              int           not_applicable_column)
{
  if (sqlite3_column_int (statement, not_applicable_column))
    return FL_ANSWER_STATE_NOT_APPLICABLE;
  if (sqlite3_column_type (statement, not_applicable_column + 1) == SQLITE_NULL)
    return FL_ANSWER_STATE_UNANSWERED;
  return FL_ANSWER_STATE_POINTS;
}

static FlDispute *
dispute_from_row (sqlite3_stmt *statement)
{
  FlDisputeFields fields = { 0, };

  fields.id = sqlite3_column_int64 (statement, 0);
  fields.evaluation_id = sqlite3_column_int64 (statement, 1);
  fields.item_id = sqlite3_column_int64 (statement, 2);
  fields.item_text = g_strdup (fl_scorecard_translate (fl_sql_column_text (statement, 3)));
  fields.agent_name = g_strdup (fl_sql_column_text (statement, 4));
  fields.filed_by = g_strdup (fl_sql_column_text (statement, 5));
  fields.filed_at = g_strdup (fl_sql_column_text (statement, 6));
  fields.reason = g_strdup (fl_sql_column_text (statement, 7));
  fields.proposed_state = answer_state (statement, 8);
  fields.proposed_points = sqlite3_column_int (statement, 9);
  fields.state = fl_dispute_state_from_string (fl_sql_column_text (statement, 10));
  fields.decided_by = g_strdup (fl_sql_column_text (statement, 11));
  fields.decided_at = g_strdup (fl_sql_column_text (statement, 12));
  fields.decision_comment = g_strdup (fl_sql_column_text (statement, 13));
  fields.decided_state = answer_state (statement, 14);
  fields.decided_points = sqlite3_column_int (statement, 15);
  fields.recording_id = sqlite3_column_int64 (statement, 16);
  return fl_dispute_new (&fields);
}

static GListModel *
list_disputes (FlDisputeService  *self,
               const char        *where,
               gint64             first,
               gint64             second,
               GError           **error)
{
  g_autoptr(GListStore) store = g_list_store_new (FL_TYPE_DISPUTE);
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autofree char *sql = g_strconcat ("SELECT " DISPUTE_COLUMNS DISPUTE_JOINS, where,
                                      " ORDER BY d.filed_at, d.id", NULL);
  gboolean has_row = FALSE;

  statement = fl_database_prepare (self->database, sql, error);
  if (statement == NULL)
    return NULL;
  sqlite3_bind_int64 (statement, 1, first);
  sqlite3_bind_int64 (statement, 2, second);
  while (fl_database_step (self->database, statement, &has_row, error) && has_row)
    {
      g_autoptr(FlDispute) dispute = dispute_from_row (statement);

      g_list_store_append (store, dispute);
    }
  if (has_row)
    return NULL;
  return G_LIST_MODEL (g_steal_pointer (&store));
}

static JsonNode *
snapshot (FlDisputeService  *self,
          gint64             id,
          GError           **error)
{
  return fl_audit_snapshot (self->database, "disputes", id, error);
}

/* The lead of the evaluated agent's team is the actor; the evaluation is a
 * submitted QA or monitoring one, still within the window. */
static gboolean
check_may_file (DisputeChange  *change,
                GError        **error)
{
  FlDisputeService *self = change->self;
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autoptr(GDateTime) submitted = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  guint window = (guint) fl_policy_service_get (self->policies, "qa.dispute-window-days");
  gboolean has_row = FALSE;

  statement = fl_database_prepare (self->database,
                                   "SELECT e.state, e.purpose, e.submitted_at, t.lead_staff_id, e.evaluator_account_id "
                                   "FROM evaluations e LEFT JOIN staff s ON s.id = e.agent_staff_id "
                                   "LEFT JOIN teams t ON t.id = s.team_id WHERE e.id = ?",
                                   error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, change->evaluation_id);
  if (!fl_database_step (self->database, statement, &has_row, error))
    return FALSE;

  if (!has_row)
    g_set_error_literal (error, FL_QA_ERROR, FL_QA_ERROR_NOT_FOUND, _("This evaluation no longer exists."));
  else if (g_strcmp0 (fl_sql_column_text (statement, 0), "submitted") != 0
           || g_strcmp0 (fl_sql_column_text (statement, 1), "calibration") == 0)
    g_set_error_literal (error, FL_QA_ERROR, FL_QA_ERROR_INVALID,
                         _("Only a submitted evaluation of an agent’s call can be disputed."));
  else if (sqlite3_column_int64 (statement, 4) == fl_session_get_account_id (change->actor))
    g_set_error_literal (error, FL_QA_ERROR, FL_QA_ERROR_NOT_ALLOWED,
                         _("You scored this call yourself: change your evaluation instead of disputing it."));
  else if (sqlite3_column_int64 (statement, 3) == 0
           || sqlite3_column_int64 (statement, 3) != fl_session_get_staff_id (change->actor))
    g_set_error_literal (error, FL_QA_ERROR, FL_QA_ERROR_NOT_ALLOWED,
                         _("You can dispute only the evaluations of your own team’s agents."));
  else if ((submitted = g_date_time_new_from_iso8601 (fl_sql_column_text (statement, 2), NULL)) != NULL
           && g_date_time_difference (now, submitted) > (GTimeSpan) window * G_TIME_SPAN_DAY)
    g_set_error (error, FL_QA_ERROR, FL_QA_ERROR_TOO_LATE,
                 g_dngettext (GETTEXT_PACKAGE,
                              "Evaluations can be disputed for %u day after they are submitted, and this one "
                              "was submitted earlier.",
                              "Evaluations can be disputed for %u days after they are submitted, and this one "
                              "was submitted earlier.",
                              window),
                 window);
  else
    return TRUE;
  return FALSE;
}

static gboolean
check_no_open_dispute (DisputeChange  *change,
                       GError        **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  statement = fl_database_prepare (change->self->database,
                                   "SELECT 1 FROM disputes WHERE evaluation_id = ? AND item_id = ? "
                                   "AND state = 'open'",
                                   error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, change->evaluation_id);
  sqlite3_bind_int64 (statement, 2, change->item_id);
  if (!fl_database_step (change->self->database, statement, &has_row, error))
    return FALSE;
  if (has_row)
    {
      g_set_error_literal (error, FL_QA_ERROR, FL_QA_ERROR_INVALID,
                           _("This item is already disputed. Wait for the decision on that dispute."));
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_proposal_differs (FlEvaluation   *evaluation,
                        DisputeChange  *change,
                        GError        **error)
{
  int points = 0;
  FlAnswerState state = fl_evaluation_get_answer (evaluation, change->item_id, &points);

  if (state == change->state && (state != FL_ANSWER_STATE_POINTS || points == change->points))
    {
      g_set_error_literal (error, FL_QA_ERROR, FL_QA_ERROR_INVALID,
                           _("The proposed answer is the one the auditor gave. Choose the answer it should "
                             "have been."));
      return FALSE;
    }
  return TRUE;
}

static gboolean
apply_file (gpointer   user_data,
            GError   **error)
{
  DisputeChange *change = user_data;
  FlDisputeService *self = change->self;
  g_autoptr(FlEvaluation) evaluation = NULL;
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autoptr(JsonNode) after = NULL;
  g_autofree char *now = fl_sql_now_utc ();

  if (!check_may_file (change, error) || !check_no_open_dispute (change, error)
      || !fl_qa_check_evaluation_open (self->database, change->evaluation_id, error)
      || !(evaluation = fl_evaluation_service_read (self->evaluations, change->evaluation_id, error))
      || !fl_evaluation_check_answer (evaluation, change->item_id, change->state, change->points, error)
      || !check_proposal_differs (evaluation, change, error))
    return FALSE;

  statement = fl_database_prepare (self->database,
                                   "INSERT INTO disputes (evaluation_id, item_id, filed_by_account_id, filed_at, "
                                   "  reason, proposed_not_applicable, proposed_points) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?)",
                                   error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, change->evaluation_id);
  sqlite3_bind_int64 (statement, 2, change->item_id);
  sqlite3_bind_int64 (statement, 3, fl_session_get_account_id (change->actor));
  sqlite3_bind_text (statement, 4, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 5, change->text, -1, SQLITE_TRANSIENT);
  fl_sql_bind_answer (statement, 6, change->state == FL_ANSWER_STATE_NOT_APPLICABLE,
                      change->state == FL_ANSWER_STATE_POINTS, change->points);
  if (!fl_database_run (self->database, statement, error))
    return FALSE;
  change->dispute_id = fl_database_last_insert_id (self->database);
  return (after = snapshot (self, change->dispute_id, error)) != NULL
         && fl_audit_record (self->database, change->actor, "disputes", change->dispute_id, "file", NULL,
                             after, error);
}

static char *
clean_text (const char *text)
{
  return g_strstrip (g_strdup (text != NULL ? text : ""));
}

gint64
fl_dispute_service_file (FlDisputeService  *self,
                         FlSession         *actor,
                         gint64             evaluation_id,
                         gint64             item_id,
                         const char        *reason,
                         FlAnswerState      proposed_state,
                         int                proposed_points,
                         GError           **error)
{
  g_autofree char *clean_reason = clean_text (reason);
  DisputeChange change = { self, actor, evaluation_id, item_id, 0, clean_reason, FL_DISPUTE_OPEN,
                           proposed_state, proposed_points };

  g_return_val_if_fail (FL_IS_DISPUTE_SERVICE (self), 0);

  if (!fl_session_check (actor, FL_PERMISSION_FILE_DISPUTE, error))
    return 0;
  if (*clean_reason == '\0' || proposed_state == FL_ANSWER_STATE_UNANSWERED)
    {
      g_set_error_literal (error, FL_QA_ERROR, FL_QA_ERROR_INVALID,
                           _("Say why the score is disputed and which answer it should have been."));
      return 0;
    }
  if (!fl_database_transaction (self->database, apply_file, &change, error))
    return 0;
  return change.dispute_id;
}

/* The open dispute, if the actor may decide it: the evaluation's auditor
 * or a department head. */
static FlDispute *
read_to_decide (DisputeChange  *change,
                gint64         *evaluator_id,
                GError        **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autoptr(FlDispute) dispute = NULL;
  gboolean has_row = FALSE;

  statement = fl_database_prepare (change->self->database,
                                   "SELECT " DISPUTE_COLUMNS ", e.evaluator_account_id, "
                                   "  coalesce (es.name, ea.login) " DISPUTE_JOINS
                                   "LEFT JOIN accounts ea ON ea.id = e.evaluator_account_id "
                                   "LEFT JOIN staff es ON es.id = ea.staff_id WHERE d.id = ?",
                                   error);
  if (statement == NULL)
    return NULL;
  sqlite3_bind_int64 (statement, 1, change->dispute_id);
  if (!fl_database_step (change->self->database, statement, &has_row, error))
    return NULL;
  if (!has_row)
    {
      g_set_error_literal (error, FL_QA_ERROR, FL_QA_ERROR_NOT_FOUND, _("This dispute no longer exists."));
      return NULL;
    }

  dispute = dispute_from_row (statement);
  *evaluator_id = sqlite3_column_int64 (statement, 17);
  if (fl_dispute_get_fields (dispute)->state != FL_DISPUTE_OPEN)
    g_set_error_literal (error, FL_QA_ERROR, FL_QA_ERROR_INVALID, _("This dispute is already decided."));
  else if (*evaluator_id != fl_session_get_account_id (change->actor)
           && !fl_session_has_role (change->actor, FL_ROLE_DEPT_HEAD))
    g_set_error (error, FL_QA_ERROR, FL_QA_ERROR_NOT_ALLOWED,
                 _("Only the auditor who scored the call (%s) or the department head can decide this "
                   "dispute."),
                 fl_sql_column_text (statement, 18));
  else
    return g_steal_pointer (&dispute);
  return NULL;
}

static gboolean
apply_decide (gpointer   user_data,
              GError   **error)
{
  DisputeChange *change = user_data;
  FlDisputeService *self = change->self;
  g_autoptr(FlDispute) dispute = NULL;
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autoptr(JsonNode) before = NULL;
  g_autoptr(JsonNode) after = NULL;
  g_autofree char *now = fl_sql_now_utc ();
  g_autofree char *reason = NULL;
  const FlDisputeFields *fields;
  gint64 evaluator_id = 0;

  if (!(dispute = read_to_decide (change, &evaluator_id, error))
      || !fl_qa_check_evaluation_open (self->database, (fields = fl_dispute_get_fields (dispute))->evaluation_id,
                                       error)
      || !(before = snapshot (self, change->dispute_id, error)))
    return FALSE;

  if (change->outcome == FL_DISPUTE_ACCEPTED)
    {
      change->state = fields->proposed_state;
      change->points = fields->proposed_points;
    }
  /* Translators: kept with the evaluation's earlier version; %s is the decision's comment */
  reason = g_strdup_printf (_("Dispute: %s"), change->text);
  if (change->outcome != FL_DISPUTE_KEPT
      && !fl_evaluation_service_revise_answer (self->evaluations, change->actor, fields->evaluation_id,
                                               fields->item_id, change->state, change->points, reason,
                                               error))
    return FALSE;

  statement = fl_database_prepare (self->database,
                                   "UPDATE disputes SET state = ?, decided_by_account_id = ?, decided_at = ?, "
                                   "  decision_comment = ?, decided_not_applicable = ?, decided_points = ? "
                                   "WHERE id = ?",
                                   error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_text (statement, 1, fl_dispute_state_to_string (change->outcome), -1, SQLITE_STATIC);
  fl_sql_bind_id (statement, 2, fl_session_get_account_id (change->actor));
  sqlite3_bind_text (statement, 3, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 4, change->text, -1, SQLITE_TRANSIENT);
  if (change->outcome != FL_DISPUTE_KEPT)
    fl_sql_bind_answer (statement, 5, change->state == FL_ANSWER_STATE_NOT_APPLICABLE,
                        change->state == FL_ANSWER_STATE_POINTS, change->points);
  sqlite3_bind_int64 (statement, 7, change->dispute_id);
  return fl_database_run (self->database, statement, error)
         && (after = snapshot (self, change->dispute_id, error)) != NULL
         && fl_audit_record (self->database, change->actor, "disputes", change->dispute_id, "decide", before,
                             after, error);
}

gboolean
fl_dispute_service_decide (FlDisputeService  *self,
                           FlSession         *actor,
                           gint64             dispute_id,
                           FlDisputeState     outcome,
                           FlAnswerState      state,
                           int                points,
                           const char        *comment,
                           GError           **error)
{
  g_autofree char *clean_comment = clean_text (comment);
  DisputeChange change = { self, actor, 0, 0, dispute_id, clean_comment, outcome, state, points };

  g_return_val_if_fail (FL_IS_DISPUTE_SERVICE (self), FALSE);
  g_return_val_if_fail (outcome != FL_DISPUTE_OPEN, FALSE);

  if (!fl_session_check (actor, FL_PERMISSION_EVALUATE, error))
    return FALSE;
  if (*clean_comment == '\0')
    {
      g_set_error_literal (error, FL_QA_ERROR, FL_QA_ERROR_INVALID,
                           _("Explain the decision. The comment is shown to the team lead and kept with the "
                             "evaluation’s history."));
      return FALSE;
    }
  return fl_database_transaction (self->database, apply_decide, &change, error);
}

GListModel *
fl_dispute_service_list_for_evaluation (FlDisputeService  *self,
                                        FlSession         *actor,
                                        gint64             evaluation_id,
                                        GError           **error)
{
  g_return_val_if_fail (FL_IS_DISPUTE_SERVICE (self), NULL);

  if (!fl_session_check (actor, FL_PERMISSION_VIEW_RECORDINGS, error))
    return NULL;
  return list_disputes (self, "WHERE d.evaluation_id = ?1 AND ?2 = ?2", evaluation_id, 0, error);
}

GListModel *
fl_dispute_service_list_to_decide (FlDisputeService  *self,
                                   FlSession         *actor,
                                   GError           **error)
{
  g_return_val_if_fail (FL_IS_DISPUTE_SERVICE (self), NULL);

  if (!fl_session_check (actor, FL_PERMISSION_VIEW_RECORDINGS, error))
    return NULL;
  return list_disputes (self, "WHERE d.state = 'open' AND (e.evaluator_account_id = ?1 OR ?2)",
                        fl_session_get_account_id (actor),
                        fl_session_has_role (actor, FL_ROLE_DEPT_HEAD), error);
}

GListModel *
fl_dispute_service_list_filed (FlDisputeService  *self,
                               FlSession         *actor,
                               GError           **error)
{
  g_return_val_if_fail (FL_IS_DISPUTE_SERVICE (self), NULL);

  if (!fl_session_check (actor, FL_PERMISSION_FILE_DISPUTE, error))
    return NULL;
  return list_disputes (self, "WHERE d.filed_by_account_id = ?1 AND ?2 = ?2", fl_session_get_account_id (actor),
                        0, error);
}

static void
fl_dispute_service_dispose (GObject *object)
{
  FlDisputeService *self = FL_DISPUTE_SERVICE (object);

  g_clear_object (&self->evaluations);
  g_clear_object (&self->policies);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (fl_dispute_service_parent_class)->dispose (object);
}

static void
fl_dispute_service_class_init (FlDisputeServiceClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = fl_dispute_service_dispose;
}

static void
fl_dispute_service_init (FlDisputeService *self)
{
}

FlDisputeService *
fl_dispute_service_new (FlDatabase *database)
{
  FlDisputeService *self;

  g_return_val_if_fail (FL_IS_DATABASE (database), NULL);

  self = g_object_new (FL_TYPE_DISPUTE_SERVICE, NULL);
  self->database = g_object_ref (database);
  self->evaluations = fl_evaluation_service_new (database);
  self->policies = fl_policy_service_new (database);
  return self;
}

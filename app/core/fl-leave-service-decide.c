/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-leave-service"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "fl-audit.h"
#include "fl-leave-service-private.h"
#include "fl-sql.h"

/* Deciding a request: each approver's step in its order, the last
 * approval putting the leave on the roster. */

typedef struct
{
  FlDatabase      *database;
  FlSession       *actor;
  gint64           id;
  FlLeaveDecision  decision;
  const char      *comment;
} Decision;

/* The step @id waits for: its position and approver, with the request's
 * person and days. */
typedef struct
{
  int              position;
  FlLeaveApprover  approver;
  gint64           staff_id;
  char            *first_day;
  char            *last_day;
} Waiting;

static void
waiting_clear (Waiting *waiting)
{
  g_clear_pointer (&waiting->first_day, g_free);
  g_clear_pointer (&waiting->last_day, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Waiting, waiting_clear)

static gboolean
read_waiting (Decision  *change,
              Waiting   *waiting,
              GError   **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  statement = fl_database_prepare (change->database,
                                   "SELECT r.state, r.staff_id, r.first_day, r.last_day, st.position, st.approver "
                                   "FROM leave_requests r LEFT JOIN leave_steps st "
                                   "  ON st.request_id = r.id AND st.decision IS NULL "
                                   "WHERE r.id = ? ORDER BY st.position LIMIT 1",
                                   error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, change->id);
  if (!fl_database_step (change->database, statement, &has_row, error))
    return FALSE;
  if (!has_row)
    {
      g_set_error_literal (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_NOT_FOUND, _("This leave request no longer exists."));
      return FALSE;
    }
  if (g_strcmp0 (fl_sql_column_text (statement, 0), "pending") != 0 || sqlite3_column_type (statement, 4) == SQLITE_NULL)
    {
      g_set_error_literal (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_DECIDED,
                           _("This request was decided or cancelled meanwhile: open it again to see where it stands."));
      return FALSE;
    }
  waiting->staff_id = sqlite3_column_int64 (statement, 1);
  waiting->first_day = g_strdup (fl_sql_column_text (statement, 2));
  waiting->last_day = g_strdup (fl_sql_column_text (statement, 3));
  waiting->position = sqlite3_column_int (statement, 4);
  waiting->approver = MAX (fl_leave_approver_from_string (fl_sql_column_text (statement, 5)), 0);
  return TRUE;
}

static gboolean
set_state (Decision    *change,
           const char  *state,
           GError     **error)
{
  g_autoptr(sqlite3_stmt) update = fl_database_prepare (change->database,
                                                        "UPDATE leave_requests SET state = ? WHERE id = ?", error);

  if (update == NULL)
    return FALSE;
  sqlite3_bind_text (update, 1, state, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (update, 2, change->id);
  return fl_database_run (change->database, update, error);
}

static gboolean
has_steps_left (Decision *change)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  statement = fl_database_prepare (change->database,
                                   "SELECT 1 FROM leave_steps WHERE request_id = ? AND decision IS NULL", NULL);
  if (statement == NULL)
    return TRUE;
  sqlite3_bind_int64 (statement, 1, change->id);
  return !fl_database_step (change->database, statement, &has_row, NULL) || has_row;
}

/* The request after the decision, with the step decided and its comment. */
static JsonNode *
describe_decision (Decision       *change,
                   const Waiting  *waiting,
                   GError        **error)
{
  JsonNode *after = fl_audit_snapshot (change->database, "leave_requests", change->id, error);

  if (after == NULL)
    return NULL;
  json_object_set_int_member (json_node_get_object (after), "step", waiting->position);
  json_object_set_string_member (json_node_get_object (after), "approver",
                                 fl_leave_approver_to_string (waiting->approver));
  json_object_set_string_member (json_node_get_object (after), "comment", change->comment ? change->comment : "");
  return after;
}

static gboolean
apply_decision (gpointer   user_data,
                GError   **error)
{
  Decision *change = user_data;
  gboolean approve = change->decision == FL_LEAVE_DECIDED_APPROVE;
  g_auto(Waiting) waiting = { 0 };
  g_auto(FlLeavePerson) person = { 0 };
  g_autofree char *now = fl_sql_now_utc ();
  g_autoptr(JsonNode) before = NULL;
  g_autoptr(JsonNode) after = NULL;
  g_autoptr(sqlite3_stmt) update = NULL;

  if (!read_waiting (change, &waiting, error) ||
      !_fl_leave_read_person (change->database, waiting.staff_id, &person, error) ||
      !_fl_leave_may_decide (change->actor, &person, waiting.approver, error) ||
      !(before = fl_audit_snapshot (change->database, "leave_requests", change->id, error)))
    return FALSE;
  update = fl_database_prepare (change->database,
                                "UPDATE leave_steps SET decision = ?, decided_by_account_id = ?, decided_at = ?, "
                                "  comment = ? WHERE request_id = ? AND position = ?",
                                error);
  if (update == NULL)
    return FALSE;
  sqlite3_bind_text (update, 1, approve ? "approved" : "rejected", -1, SQLITE_STATIC);
  fl_sql_bind_id (update, 2, fl_session_get_account_id (change->actor));
  sqlite3_bind_text (update, 3, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (update, 4, change->comment ? change->comment : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (update, 5, change->id);
  sqlite3_bind_int (update, 6, waiting.position);
  if (!fl_database_run (change->database, update, error))
    return FALSE;
  if (!approve && !set_state (change, "rejected", error))
    return FALSE;
  if (approve && !has_steps_left (change) &&
      (!set_state (change, "approved", error) ||
       !_fl_leave_mark_roster (change->database, change->actor, change->id, &person, waiting.first_day,
                               waiting.last_day, error)))
    return FALSE;
  return (after = describe_decision (change, &waiting, error)) != NULL &&
         fl_audit_record (change->database, change->actor, "leave_requests", change->id,
                          approve ? "approve" : "reject", before, after, error);
}

gboolean
fl_leave_service_decide (FlLeaveService  *self,
                         FlSession       *actor,
                         gint64           id,
                         FlLeaveDecision  decision,
                         const char      *comment,
                         GError         **error)
{
  Decision change = { _fl_leave_service_get_database (self), actor, id, decision, comment };
  g_autofree char *stripped = g_strstrip (g_strdup (comment ? comment : ""));

  g_return_val_if_fail (FL_IS_LEAVE_SERVICE (self), FALSE);
  g_return_val_if_fail (decision == FL_LEAVE_DECIDED_APPROVE || decision == FL_LEAVE_DECIDED_REJECT, FALSE);

  if (!fl_session_check (actor, FL_PERMISSION_APPROVE_LEAVE, error))
    return FALSE;
  if (decision == FL_LEAVE_DECIDED_REJECT && *stripped == '\0')
    {
      g_set_error_literal (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_INVALID,
                           _("Say why the leave is refused: the lead who filed it reads it."));
      return FALSE;
    }
  if (g_utf8_strlen (stripped, -1) > FL_LEAVE_TEXT_MAX)
    {
      g_set_error (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_INVALID, _("A comment is at most %d characters."),
                   FL_LEAVE_TEXT_MAX);
      return FALSE;
    }
  change.comment = stripped;
  return fl_database_transaction (change.database, apply_decision, &change, error);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-evaluation-service"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "fl-audit.h"
#include "fl-evaluation-service-private.h"
#include "fl-sql.h"

/* Notes pinned to moments of a call, and where each reviewer stopped
 * listening. Notes are audited like any record; the playback position is
 * the reviewer's place in the call, not a record, and is not. */

#define NOTE_COLUMNS \
  "n.id, n.recording_id, n.evaluation_id, n.item_id, n.start_ms, n.end_ms, n.text, " \
  "n.author_account_id, coalesce(s.name, a.login), n.created_at, n.updated_at "
#define NOTE_FROM \
  "FROM recording_notes n LEFT JOIN accounts a ON a.id = n.author_account_id " \
  "LEFT JOIN staff s ON s.id = a.staff_id "

typedef struct
{
  FlEvaluationService *self;
  FlSession           *actor;
  gint64               id;
  gint64               recording_id;
  gint64               start_ms;
  gint64               end_ms;
  const char          *text;
  gint64               item_id;
} NoteChange;

static FlRecordingNote *
note_from_row (sqlite3_stmt *statement)
{
  return g_object_new (FL_TYPE_RECORDING_NOTE,
                       "id", sqlite3_column_int64 (statement, 0),
                       "recording-id", sqlite3_column_int64 (statement, 1),
                       "evaluation-id", sqlite3_column_int64 (statement, 2),
                       "item-id", sqlite3_column_int64 (statement, 3),
                       "start-ms", sqlite3_column_int64 (statement, 4),
                       "end-ms", sqlite3_column_type (statement, 5) == SQLITE_NULL
                                 ? (gint64) -1 : sqlite3_column_int64 (statement, 5),
                       "text", fl_sql_column_text (statement, 6),
                       "author-id", sqlite3_column_int64 (statement, 7),
                       "author-name", fl_sql_column_text (statement, 8),
                       "created-at", fl_sql_column_text (statement, 9),
                       "updated-at", fl_sql_column_text (statement, 10),
                       NULL);
}

static GListModel *
query_notes (FlDatabase  *database,
             const char  *where_and_order,
             gint64       parameter,
             FlSession   *actor,
             GError     **error)
{
  g_autoptr(GListStore) store = g_list_store_new (FL_TYPE_RECORDING_NOTE);
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autofree char *sql = g_strconcat ("SELECT " NOTE_COLUMNS NOTE_FROM, where_and_order, NULL);
  gboolean has_row = FALSE;

  if (!(statement = fl_database_prepare (database, sql, error)))
    return NULL;
  sqlite3_bind_int64 (statement, 1, parameter);
  if (actor != NULL)
    sqlite3_bind_int64 (statement, 2, fl_session_get_account_id (actor));

  while (fl_database_step (database, statement, &has_row, error) && has_row)
    {
      g_autoptr(FlRecordingNote) note = note_from_row (statement);

      g_list_store_append (store, note);
    }
  if (error != NULL && *error != NULL)
    return NULL;
  return G_LIST_MODEL (g_steal_pointer (&store));
}

static FlRecordingNote *
read_note (FlDatabase  *database,
           gint64       id,
           GError     **error)
{
  g_autoptr(GListModel) found = query_notes (database, "WHERE n.id = ?", id, NULL, error);

  if (found == NULL)
    return NULL;
  if (g_list_model_get_n_items (found) == 0)
    {
      g_set_error (error, FL_EVALUATION_ERROR, FL_EVALUATION_ERROR_NOT_FOUND,
                   _("This note no longer exists."));
      return NULL;
    }
  return g_list_model_get_item (found, 0);
}

static gboolean
check_note (NoteChange  *change,
            GError     **error)
{
  if (change->text == NULL || *change->text == '\0')
    g_set_error (error, FL_EVALUATION_ERROR, FL_EVALUATION_ERROR_INVALID, _("Write the note's text."));
  else if (change->start_ms < 0)
    g_set_error (error, FL_EVALUATION_ERROR, FL_EVALUATION_ERROR_INVALID,
                 _("A note cannot start before the call does."));
  else if (change->end_ms >= 0 && change->end_ms < change->start_ms)
    g_set_error (error, FL_EVALUATION_ERROR, FL_EVALUATION_ERROR_INVALID,
                 _("A note cannot end before it starts."));
  else
    return TRUE;
  return FALSE;
}

/* The actor's open (draft) evaluation of the recording, if any, and the item
 * to link: it must be on that evaluation's scorecard. */
static gboolean
find_links (NoteChange  *change,
            gint64      *evaluation_id,
            GError     **error)
{
  FlDatabase *database = fl_evaluation_service_get_database (change->self);
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  statement = fl_database_prepare (database,
                                   "SELECT e.id, (SELECT count(*) FROM scorecard_items i "
                                   "  JOIN scorecard_sections s ON s.id = i.section_id "
                                   "  WHERE i.id = ?3 AND s.template_id = e.template_id) "
                                   "FROM evaluations e WHERE e.recording_id = ?1 AND e.evaluator_account_id = ?2 "
                                   "AND e.state = 'draft' ORDER BY e.id DESC LIMIT 1",
                                   error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, change->recording_id);
  sqlite3_bind_int64 (statement, 2, fl_session_get_account_id (change->actor));
  sqlite3_bind_int64 (statement, 3, change->item_id);
  if (!fl_database_step (database, statement, &has_row, error))
    return FALSE;

  *evaluation_id = has_row ? sqlite3_column_int64 (statement, 0) : 0;
  /* Without a draft yet, the note waits unlinked: the draft's first save
   * links it (an item on the scorecard the reviewer sees). */
  if (change->item_id <= 0 || !has_row)
    return TRUE;
  if (sqlite3_column_int (statement, 1) == 0)
    g_set_error (error, FL_EVALUATION_ERROR, FL_EVALUATION_ERROR_NOT_FOUND,
                 _("This item is not on the scorecard of this evaluation."));
  else
    return TRUE;
  return FALSE;
}

static gboolean
audit_note (NoteChange  *change,
            const char  *action,
            JsonNode    *before,
            GError     **error)
{
  FlDatabase *database = fl_evaluation_service_get_database (change->self);
  g_autoptr(JsonNode) after = fl_audit_snapshot (database, "recording_notes", change->id, error);

  return after != NULL &&
         fl_audit_record (database, change->actor, "recording_notes", change->id, action, before, after, error);
}

static gboolean
apply_add_note (gpointer   user_data,
                GError   **error)
{
  NoteChange *change = user_data;
  FlDatabase *database = fl_evaluation_service_get_database (change->self);
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autofree char *now = fl_evaluation_now_utc ();
  gint64 evaluation_id = 0;

  if (!fl_evaluation_check_recording (database, change->recording_id, NULL, error) ||
      !find_links (change, &evaluation_id, error))
    return FALSE;

  statement = fl_database_prepare (database,
                                   "INSERT INTO recording_notes (recording_id, evaluation_id, item_id, start_ms, "
                                   "  end_ms, text, author_account_id, created_at, updated_at) "
                                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
                                   error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, change->recording_id);
  fl_sql_bind_id (statement, 2, evaluation_id);
  fl_sql_bind_id (statement, 3, change->item_id);
  sqlite3_bind_int64 (statement, 4, change->start_ms);
  if (change->end_ms >= 0)
    sqlite3_bind_int64 (statement, 5, change->end_ms);
  else
    sqlite3_bind_null (statement, 5);
  sqlite3_bind_text (statement, 6, change->text, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (statement, 7, fl_session_get_account_id (change->actor));
  sqlite3_bind_text (statement, 8, now, -1, SQLITE_TRANSIENT);
  if (!fl_database_run (database, statement, error))
    return FALSE;

  change->id = fl_database_last_insert_id (database);
  return audit_note (change, "add", NULL, error);
}

gint64
fl_evaluation_service_add_note (FlEvaluationService  *self,
                                FlSession            *actor,
                                gint64                recording_id,
                                gint64                start_ms,
                                gint64                end_ms,
                                const char           *text,
                                gint64                item_id,
                                GError              **error)
{
  g_autofree char *clean_text = g_strstrip (g_strdup (text ? text : ""));
  NoteChange change = { self, actor, 0, recording_id, start_ms, end_ms, clean_text, item_id };

  g_return_val_if_fail (FL_IS_EVALUATION_SERVICE (self), 0);

  if (!fl_evaluation_check_account (actor, FL_PERMISSION_EVALUATE, error) ||
      !check_note (&change, error) ||
      !fl_database_transaction (fl_evaluation_service_get_database (self), apply_add_note, &change, error))
    return 0;
  return change.id;
}

/* The note before the change, if the actor wrote it. */
static JsonNode *
read_own_note (NoteChange  *change,
               GError     **error)
{
  FlDatabase *database = fl_evaluation_service_get_database (change->self);
  g_autoptr(FlRecordingNote) note = read_note (database, change->id, error);

  if (note == NULL)
    return NULL;
  if (fl_recording_note_get_author_id (note) != fl_session_get_account_id (change->actor))
    {
      g_set_error (error, FL_EVALUATION_ERROR, FL_EVALUATION_ERROR_NOT_YOURS,
                   _("Only %s, who wrote this note, can change or delete it."),
                   fl_recording_note_get_author_name (note));
      return NULL;
    }
  return fl_audit_snapshot (database, "recording_notes", change->id, error);
}

static gboolean
apply_update_note (gpointer   user_data,
                   GError   **error)
{
  NoteChange *change = user_data;
  FlDatabase *database = fl_evaluation_service_get_database (change->self);
  g_autoptr(JsonNode) before = read_own_note (change, error);
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autofree char *now = fl_evaluation_now_utc ();

  if (before == NULL)
    return FALSE;
  statement = fl_database_prepare (database,
                                   "UPDATE recording_notes SET start_ms = ?, end_ms = ?, text = ?, updated_at = ? "
                                   "WHERE id = ?",
                                   error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, change->start_ms);
  if (change->end_ms >= 0)
    sqlite3_bind_int64 (statement, 2, change->end_ms);
  else
    sqlite3_bind_null (statement, 2);
  sqlite3_bind_text (statement, 3, change->text, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 4, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (statement, 5, change->id);
  return fl_database_run (database, statement, error) && audit_note (change, "edit", before, error);
}

gboolean
fl_evaluation_service_update_note (FlEvaluationService  *self,
                                   FlSession            *actor,
                                   gint64                note_id,
                                   gint64                start_ms,
                                   gint64                end_ms,
                                   const char           *text,
                                   GError              **error)
{
  g_autofree char *clean_text = g_strstrip (g_strdup (text ? text : ""));
  NoteChange change = { self, actor, note_id, 0, start_ms, end_ms, clean_text, 0 };

  g_return_val_if_fail (FL_IS_EVALUATION_SERVICE (self), FALSE);

  return fl_evaluation_check_account (actor, FL_PERMISSION_EVALUATE, error) &&
         check_note (&change, error) &&
         fl_database_transaction (fl_evaluation_service_get_database (self), apply_update_note, &change, error);
}

static gboolean
apply_delete_note (gpointer   user_data,
                   GError   **error)
{
  NoteChange *change = user_data;
  FlDatabase *database = fl_evaluation_service_get_database (change->self);
  g_autoptr(JsonNode) before = read_own_note (change, error);

  return before != NULL &&
         fl_evaluation_run_sql (database, "DELETE FROM recording_notes WHERE id = ?1", change->id, 0, error) &&
         fl_audit_record (database, change->actor, "recording_notes", change->id, "delete", before, NULL, error);
}

gboolean
fl_evaluation_service_delete_note (FlEvaluationService  *self,
                                   FlSession            *actor,
                                   gint64                note_id,
                                   GError              **error)
{
  NoteChange change = { self, actor, note_id, 0, 0, -1, NULL, 0 };

  g_return_val_if_fail (FL_IS_EVALUATION_SERVICE (self), FALSE);

  return fl_evaluation_check_account (actor, FL_PERMISSION_EVALUATE, error) &&
         fl_database_transaction (fl_evaluation_service_get_database (self), apply_delete_note, &change, error);
}

/* In the order they happen in the call. */
GListModel *
fl_evaluation_service_list_notes (FlEvaluationService  *self,
                                  FlSession            *actor,
                                  gint64                recording_id,
                                  GError              **error)
{
  g_return_val_if_fail (FL_IS_EVALUATION_SERVICE (self), NULL);

  if (!fl_session_check (actor, FL_PERMISSION_VIEW_RECORDINGS, error))
    return NULL;
  return query_notes (fl_evaluation_service_get_database (self),
                      "WHERE n.recording_id = ?1 AND NOT (n.author_account_id != ?2 AND EXISTS ("
                      "  SELECT 1 FROM calibration_sessions hs JOIN calibration_scorers hx "
                      "  ON hx.session_id = hs.id AND hx.account_id = n.author_account_id "
                      "  WHERE hs.recording_id = n.recording_id AND hs.state = 'open')) "
                      "ORDER BY n.start_ms, coalesce(n.end_ms, n.start_ms), n.id",
                      recording_id, actor, error);
}

char *
fl_evaluation_service_export_labels (FlEvaluationService  *self,
                                     FlSession            *actor,
                                     gint64                recording_id,
                                     GError              **error)
{
  g_autoptr(GListModel) notes = fl_evaluation_service_list_notes (self, actor, recording_id, error);

  if (notes == NULL)
    return NULL;
  return fl_recording_notes_to_audacity_labels (notes);
}

gint64
fl_evaluation_service_get_playback_position (FlEvaluationService *self,
                                             FlSession           *actor,
                                             gint64               recording_id)
{
  FlDatabase *database;
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  g_return_val_if_fail (FL_IS_EVALUATION_SERVICE (self), 0);
  g_return_val_if_fail (FL_IS_SESSION (actor), 0);

  database = fl_evaluation_service_get_database (self);
  statement = fl_database_prepare (database,
                                   "SELECT position_ms FROM playback_positions WHERE recording_id = ? AND account_id = ?",
                                   NULL);
  if (statement == NULL)
    return 0;
  sqlite3_bind_int64 (statement, 1, recording_id);
  sqlite3_bind_int64 (statement, 2, fl_session_get_account_id (actor));
  if (!fl_database_step (database, statement, &has_row, NULL) || !has_row)
    return 0;
  return sqlite3_column_int64 (statement, 0);
}

gboolean
fl_evaluation_service_set_playback_position (FlEvaluationService  *self,
                                             FlSession            *actor,
                                             gint64                recording_id,
                                             gint64                position_ms,
                                             GError              **error)
{
  FlDatabase *database;
  g_autoptr(sqlite3_stmt) statement = NULL;

  g_return_val_if_fail (FL_IS_EVALUATION_SERVICE (self), FALSE);

  if (!fl_evaluation_check_account (actor, FL_PERMISSION_VIEW_RECORDINGS, error))
    return FALSE;
  database = fl_evaluation_service_get_database (self);
  statement = fl_database_prepare (database,
                                   "INSERT INTO playback_positions (recording_id, account_id, position_ms) "
                                   "VALUES (?1, ?2, ?3) ON CONFLICT (recording_id, account_id) DO UPDATE "
                                   "SET position_ms = excluded.position_ms",
                                   error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, recording_id);
  sqlite3_bind_int64 (statement, 2, fl_session_get_account_id (actor));
  sqlite3_bind_int64 (statement, 3, MAX (position_ms, 0));
  return fl_database_run (database, statement, error);
}

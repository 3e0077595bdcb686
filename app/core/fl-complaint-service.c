/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-complaint-service"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "fl-audit.h"
#include "fl-complaint-service.h"
#include "fl-qa-error.h"
#include "fl-sql.h"

struct _FlComplaintService
{
  GObject     parent_instance;

  FlDatabase *database;
};

G_DEFINE_FINAL_TYPE (FlComplaintService, fl_complaint_service, G_TYPE_OBJECT)

typedef struct
{
  FlComplaintService      *self;
  FlSession               *actor;
  gint64                   id;
  const char              *received_on;
  const char              *caller;
  gint64                   agent_staff_id;
  const char              *text;
  const gint64            *recording_ids;
  guint                    n_recordings;
  gboolean                 confirmed;
  const FlComplaintMoment *moments;
  guint                    n_moments;
} ComplaintChange;

/* A real day, and not after today. */
static gboolean
check_received_on (const char  *date,
                   GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  int year, month, day;
  char end;

  if (date == NULL || sscanf (date, "%4d-%2d-%2d%c", &year, &month, &day, &end) != 3
      || strlen (date) != 10 || !g_date_valid_dmy (day, month, year))
    g_set_error (error, FL_QA_ERROR, FL_QA_ERROR_INVALID,
                 _("“%s” is not a date. Write the day the complaint came in as year-month-day, "
                   "for example 2026-11-03."),
                 date != NULL ? date : "");
  else if (strcmp (date, today) > 0)
    g_set_error (error, FL_QA_ERROR, FL_QA_ERROR_INVALID,
                 _("The complaint cannot have come in on %s: that day is still to come."), date);
  else
    return TRUE;
  return FALSE;
}

static gboolean
exists (FlDatabase  *database,
        const char  *sql,
        gint64       id,
        GError     **error)
{
  g_autoptr(sqlite3_stmt) statement = fl_database_prepare (database, sql, error);
  gboolean has_row = FALSE;

  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, id);
  return fl_database_step (database, statement, &has_row, error) && has_row;
}

static gboolean
insert_recordings (ComplaintChange  *change,
                   GError          **error)
{
  FlDatabase *database = change->self->database;
  g_autoptr(sqlite3_stmt) statement = NULL;

  statement = fl_database_prepare (database,
                                   "INSERT OR IGNORE INTO complaint_recordings (complaint_id, recording_id) "
                                   "VALUES (?, ?)",
                                   error);
  if (statement == NULL)
    return FALSE;
  for (guint i = 0; i < change->n_recordings; i++)
    {
      if (!exists (database, "SELECT 1 FROM recordings WHERE id = ?", change->recording_ids[i], NULL))
        {
          g_set_error_literal (error, FL_QA_ERROR, FL_QA_ERROR_NOT_FOUND,
                               _("One of the recordings chosen is no longer in the library."));
          return FALSE;
        }
      sqlite3_reset (statement);
      sqlite3_bind_int64 (statement, 1, change->id);
      sqlite3_bind_int64 (statement, 2, change->recording_ids[i]);
      if (!fl_database_run (database, statement, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
apply_file (gpointer   user_data,
            GError   **error)
{
  ComplaintChange *change = user_data;
  FlDatabase *database = change->self->database;
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autoptr(JsonNode) after = NULL;
  g_autofree char *now = fl_sql_now_utc ();
  g_autofree char *month = g_strndup (change->received_on, 7);

  if (!exists (database, "SELECT 1 FROM staff WHERE id = ?", change->agent_staff_id, error))
    {
      if (error != NULL && *error == NULL)
        g_set_error_literal (error, FL_QA_ERROR, FL_QA_ERROR_NOT_FOUND,
                             _("Choose the agent the complaint is about."));
      return FALSE;
    }
  if (!fl_qa_check_month_open (database, month, error))
    return FALSE;

  statement = fl_database_prepare (database,
                                   "INSERT INTO complaints (received_on, month, caller, agent_staff_id, "
                                   "  description, filed_by_account_id, filed_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                                   error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_text (statement, 1, change->received_on, -1, SQLITE_STATIC);
  sqlite3_bind_text (statement, 2, month, -1, SQLITE_STATIC);
  fl_sql_bind_text (statement, 3, change->caller);
  sqlite3_bind_int64 (statement, 4, change->agent_staff_id);
  sqlite3_bind_text (statement, 5, change->text, -1, SQLITE_STATIC);
  fl_sql_bind_id (statement, 6, fl_session_get_account_id (change->actor));
  sqlite3_bind_text (statement, 7, now, -1, SQLITE_STATIC);
  if (!fl_database_run (database, statement, error))
    return FALSE;
  change->id = fl_database_last_insert_id (database);

  return insert_recordings (change, error)
         && (after = fl_audit_snapshot (database, "complaints", change->id, error)) != NULL
         && fl_audit_record (database, change->actor, "complaints", change->id, "file", NULL, after, error);
}

gint64
fl_complaint_service_file (FlComplaintService  *self,
                           FlSession           *actor,
                           const char          *received_on,
                           const char          *caller,
                           gint64               agent_staff_id,
                           const char          *description,
                           const gint64        *recording_ids,
                           guint                n_recordings,
                           GError             **error)
{
  g_autofree char *clean_description = g_strstrip (g_strdup (description != NULL ? description : ""));
  g_autofree char *clean_caller = g_strstrip (g_strdup (caller != NULL ? caller : ""));
  ComplaintChange change = { self, actor, 0, received_on, clean_caller, agent_staff_id,
                             clean_description, recording_ids, n_recordings, FALSE, NULL, 0 };

  g_return_val_if_fail (FL_IS_COMPLAINT_SERVICE (self), 0);
  g_return_val_if_fail (recording_ids != NULL || n_recordings == 0, 0);

  if (!fl_session_check (actor, FL_PERMISSION_FILE_COMPLAINT, error) || !check_received_on (received_on, error))
    return 0;
  if (*clean_description == '\0')
    {
      g_set_error_literal (error, FL_QA_ERROR, FL_QA_ERROR_INVALID,
                           _("Say what the caller complained about."));
      return 0;
    }
  if (!fl_database_transaction (self->database, apply_file, &change, error))
    return 0;
  return change.id;
}

static gboolean
mark_moments (ComplaintChange  *change,
              GError          **error)
{
  FlDatabase *database = change->self->database;
  g_autoptr(sqlite3_stmt) statement = NULL;

  statement = fl_database_prepare (database,
                                   "INSERT INTO complaint_recordings (complaint_id, recording_id, start_ms, end_ms) "
                                   "VALUES (?1, ?2, ?3, ?4) ON CONFLICT (complaint_id, recording_id) "
                                   "DO UPDATE SET start_ms = ?3, end_ms = ?4",
                                   error);
  if (statement == NULL)
    return FALSE;
  for (guint i = 0; i < change->n_moments; i++)
    {
      const FlComplaintMoment *moment = &change->moments[i];

      if (moment->start_ms < 0 || (moment->end_ms >= 0 && moment->end_ms < moment->start_ms))
        {
          g_set_error_literal (error, FL_QA_ERROR, FL_QA_ERROR_INVALID,
                               _("A moment of the call ends before it starts."));
          return FALSE;
        }
      sqlite3_reset (statement);
      sqlite3_bind_int64 (statement, 1, change->id);
      sqlite3_bind_int64 (statement, 2, moment->recording_id);
      sqlite3_bind_int64 (statement, 3, moment->start_ms);
      if (moment->end_ms >= 0)
        sqlite3_bind_int64 (statement, 4, moment->end_ms);
      else
        sqlite3_bind_null (statement, 4);
      if (!fl_database_run (database, statement, error))
        return FALSE;
    }
  return TRUE;
}

/* Runs @sql, which changes complaint ?1 if it is still waiting for that,
 * and may use the actor ?2, now ?3, @change's text ?4 and verdict ?5 (the
 * ones it leaves out are not bound); audited as @action. */
static gboolean
update_complaint (ComplaintChange  *change,
                  const char       *sql,
                  const char       *action,
                  GError          **error)
{
  FlDatabase *database = change->self->database;
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autoptr(JsonNode) before = fl_audit_snapshot (database, "complaints", change->id, error);
  g_autoptr(JsonNode) after = NULL;
  g_autofree char *now = fl_sql_now_utc ();

  if (before == NULL || !(statement = fl_database_prepare (database, sql, error)))
    return FALSE;
  sqlite3_bind_int64 (statement, 1, change->id);
  fl_sql_bind_id (statement, 2, fl_session_get_account_id (change->actor));
  sqlite3_bind_text (statement, 3, now, -1, SQLITE_STATIC);
  fl_sql_bind_text (statement, 4, change->text);
  sqlite3_bind_text (statement, 5, change->confirmed ? "confirmed" : "not_confirmed", -1, SQLITE_STATIC);
  if (!fl_database_run (database, statement, error))
    return FALSE;
  if (sqlite3_changes (sqlite3_db_handle (statement)) == 0)
    {
      g_set_error_literal (error, FL_QA_ERROR, FL_QA_ERROR_INVALID,
                           _("This complaint is not waiting for that any more. Reload the list."));
      return FALSE;
    }
  return (after = fl_audit_snapshot (database, "complaints", change->id, error)) != NULL
         && fl_audit_record (database, change->actor, "complaints", change->id, action, before, after, error);
}

static gboolean
apply_verify (gpointer   user_data,
              GError   **error)
{
  ComplaintChange *change = user_data;
  g_autoptr(sqlite3_stmt) month = NULL;
  gboolean has_row = FALSE;

  month = fl_database_prepare (change->self->database, "SELECT month FROM complaints WHERE id = ?", error);
  if (month == NULL)
    return FALSE;
  sqlite3_bind_int64 (month, 1, change->id);
  if (!fl_database_step (change->self->database, month, &has_row, error))
    return FALSE;
  if (!has_row)
    {
      g_set_error_literal (error, FL_QA_ERROR, FL_QA_ERROR_NOT_FOUND, _("This complaint no longer exists."));
      return FALSE;
    }

  return fl_qa_check_month_open (change->self->database, fl_sql_column_text (month, 0), error)
         && update_complaint (change,
                              "UPDATE complaints SET state = ?5, verified_by_account_id = ?2, verified_at = ?3, "
                              "  verification_note = ?4 WHERE id = ?1 AND state = 'open'",
                              "verify", error)
         && mark_moments (change, error);
}

gboolean
fl_complaint_service_verify (FlComplaintService       *self,
                             FlSession                *actor,
                             gint64                    complaint_id,
                             gboolean                  confirmed,
                             const char               *note,
                             const FlComplaintMoment  *moments,
                             guint                     n_moments,
                             GError                  **error)
{
  g_autofree char *clean_note = g_strstrip (g_strdup (note != NULL ? note : ""));
  ComplaintChange change = { self, actor, complaint_id, NULL, NULL, 0, clean_note, NULL, 0, confirmed,
                             moments, n_moments };

  g_return_val_if_fail (FL_IS_COMPLAINT_SERVICE (self), FALSE);
  g_return_val_if_fail (moments != NULL || n_moments == 0, FALSE);

  if (!fl_session_check (actor, FL_PERMISSION_VERIFY_COMPLAINT, error))
    return FALSE;
  if (*clean_note == '\0')
    {
      g_set_error_literal (error, FL_QA_ERROR, FL_QA_ERROR_INVALID,
                           _("Write what the recording shows. The note is kept with the complaint."));
      return FALSE;
    }
  return fl_database_transaction (self->database, apply_verify, &change, error);
}

static gboolean
apply_mark_seen (gpointer   user_data,
                 GError   **error)
{
  return update_complaint (user_data,
                           "UPDATE complaints SET seen_by_head_at = ?3 "
                           "WHERE id = ?1 AND state = 'confirmed' AND seen_by_head_at IS NULL",
                           "seen", error);
}

gboolean
fl_complaint_service_mark_seen (FlComplaintService  *self,
                                FlSession           *actor,
                                gint64               complaint_id,
                                GError             **error)
{
  ComplaintChange change = { self, actor, complaint_id, NULL, NULL, 0, NULL, NULL, 0, TRUE, NULL, 0 };

  g_return_val_if_fail (FL_IS_COMPLAINT_SERVICE (self), FALSE);

  if (!fl_session_check (actor, FL_PERMISSION_CLOSE_QA_MONTH, error))
    return FALSE;
  return fl_database_transaction (self->database, apply_mark_seen, &change, error);
}

static GArray *
read_recording_ids (FlDatabase *database,
                    gint64      complaint_id)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gboolean has_row = FALSE;

  statement = fl_database_prepare (database,
                                   "SELECT recording_id FROM complaint_recordings WHERE complaint_id = ? "
                                   "ORDER BY recording_id",
                                   NULL);
  if (statement == NULL)
    return ids;
  sqlite3_bind_int64 (statement, 1, complaint_id);
  while (fl_database_step (database, statement, &has_row, NULL) && has_row)
    {
      gint64 id = sqlite3_column_int64 (statement, 0);

      g_array_append_val (ids, id);
    }
  return ids;
}

GListModel *
fl_complaint_service_list (FlComplaintService  *self,
                           FlSession           *actor,
                           const char          *month,
                           gboolean             unseen_only,
                           GError             **error)
{
  g_autoptr(GListStore) store = g_list_store_new (FL_TYPE_COMPLAINT);
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  g_return_val_if_fail (FL_IS_COMPLAINT_SERVICE (self), NULL);

  if (!fl_session_check (actor, FL_PERMISSION_VIEW_RECORDINGS, error))
    return NULL;
  statement = fl_database_prepare (self->database,
                                   "SELECT c.id, c.received_on, c.caller, c.agent_staff_id, ag.name, c.description, "
                                   "  coalesce (fs.name, fa.login), c.state, coalesce (vs.name, va.login), "
                                   "  c.verified_at, c.verification_note, c.seen_by_head_at IS NOT NULL "
                                   "FROM complaints c JOIN staff ag ON ag.id = c.agent_staff_id "
                                   "LEFT JOIN accounts fa ON fa.id = c.filed_by_account_id "
                                   "LEFT JOIN staff fs ON fs.id = fa.staff_id "
                                   "LEFT JOIN accounts va ON va.id = c.verified_by_account_id "
                                   "LEFT JOIN staff vs ON vs.id = va.staff_id "
                                   "WHERE (?1 IS NULL OR c.month = ?1) "
                                   "  AND (?2 = 0 OR (c.state = 'confirmed' AND c.seen_by_head_at IS NULL)) "
                                   "ORDER BY c.received_on DESC, c.id DESC",
                                   error);
  if (statement == NULL)
    return NULL;
  fl_sql_bind_text (statement, 1, month);
  sqlite3_bind_int (statement, 2, unseen_only);
  while (fl_database_step (self->database, statement, &has_row, error) && has_row)
    {
      FlComplaintFields fields = { 0, };
      g_autoptr(FlComplaint) complaint = NULL;

      fields.id = sqlite3_column_int64 (statement, 0);
      fields.received_on = g_strdup (fl_sql_column_text (statement, 1));
      fields.caller = g_strdup (fl_sql_column_text (statement, 2));
      fields.agent_staff_id = sqlite3_column_int64 (statement, 3);
      fields.agent_name = g_strdup (fl_sql_column_text (statement, 4));
      fields.description = g_strdup (fl_sql_column_text (statement, 5));
      fields.filed_by = g_strdup (fl_sql_column_text (statement, 6));
      fields.state = fl_complaint_state_from_string (fl_sql_column_text (statement, 7));
      fields.verified_by = g_strdup (fl_sql_column_text (statement, 8));
      fields.verified_at = g_strdup (fl_sql_column_text (statement, 9));
      fields.verification_note = g_strdup (fl_sql_column_text (statement, 10));
      fields.seen_by_head = sqlite3_column_int (statement, 11);
      fields.recording_ids = read_recording_ids (self->database, fields.id);
      complaint = fl_complaint_new (&fields);
      g_list_store_append (store, complaint);
    }
  if (has_row)
    return NULL;
  return G_LIST_MODEL (g_steal_pointer (&store));
}

static void
fl_complaint_service_dispose (GObject *object)
{
  FlComplaintService *self = FL_COMPLAINT_SERVICE (object);

  g_clear_object (&self->database);

  G_OBJECT_CLASS (fl_complaint_service_parent_class)->dispose (object);
}

static void
fl_complaint_service_class_init (FlComplaintServiceClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = fl_complaint_service_dispose;
}

static void
fl_complaint_service_init (FlComplaintService *self)
{
}

FlComplaintService *
fl_complaint_service_new (FlDatabase *database)
{
  FlComplaintService *self;

  g_return_val_if_fail (FL_IS_DATABASE (database), NULL);

  self = g_object_new (FL_TYPE_COMPLAINT_SERVICE, NULL);
  self->database = g_object_ref (database);
  return self;
}

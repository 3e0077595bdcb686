/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-recording-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "fl-audit.h"
#include "fl-recording-import-private.h"
#include "fl-sql.h"

static char *
utc_text (GDateTime *time)
{
  g_autoptr(GDateTime) utc = NULL;

  if (time == NULL)
    return NULL;
  utc = g_date_time_to_utc (time);
  return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
}

/* ?1 … ?20 are the columns in this order, ?21 the row's id. */
#define INSERT_SQL \
  "INSERT INTO recordings (path, second_path, file_size, file_mtime, unique_id, started_at, " \
  "caller, callee, agent_number, agent_staff_id, queue, direction, duration_ms, codec, " \
  "channels, sample_rate, status, problem, imported_at, updated_at) " \
  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, " \
  "?19, ?20)"

#define NAMES_SET \
  "unique_id = ?5, started_at = ?6, caller = ?7, callee = ?8, agent_number = ?9, " \
  "agent_staff_id = ?10, queue = ?11, direction = ?12, updated_at = ?20 "
#define NAMES_DIFFER \
  "unique_id IS DISTINCT FROM ?5 OR started_at IS DISTINCT FROM ?6 " \
  "OR caller IS DISTINCT FROM ?7 OR callee IS DISTINCT FROM ?8 " \
  "OR agent_number IS DISTINCT FROM ?9 OR agent_staff_id IS DISTINCT FROM ?10 " \
  "OR queue IS DISTINCT FROM ?11 OR direction IS DISTINCT FROM ?12"

/* A row is only written, and counted as updated, when something differs. */
#define UPDATE_ALL_SQL \
  "UPDATE recordings SET path = ?1, second_path = ?2, file_size = ?3, file_mtime = ?4, " \
  "duration_ms = ?13, codec = ?14, channels = ?15, sample_rate = ?16, status = ?17, " \
  "problem = ?18, " NAMES_SET \
  "WHERE id = ?21 AND (path IS DISTINCT FROM ?1 OR second_path IS DISTINCT FROM ?2 " \
  "OR file_size IS DISTINCT FROM ?3 OR file_mtime IS DISTINCT FROM ?4 " \
  "OR duration_ms IS DISTINCT FROM ?13 OR codec IS DISTINCT FROM ?14 " \
  "OR channels IS DISTINCT FROM ?15 OR sample_rate IS DISTINCT FROM ?16 " \
  "OR status IS DISTINCT FROM ?17 OR problem IS DISTINCT FROM ?18 OR " NAMES_DIFFER ") " \
  "RETURNING id"

#define UPDATE_NAMES_SQL \
  "UPDATE recordings SET " NAMES_SET "WHERE id = ?21 AND (" NAMES_DIFFER ") RETURNING id"

gboolean
fl_import_job_prepare (FlImportJob  *job,
                       GError      **error)
{
  return (job->insert = fl_database_prepare (job->database, INSERT_SQL, error)) &&
         (job->update_all = fl_database_prepare (job->database, UPDATE_ALL_SQL, error)) &&
         (job->update_names = fl_database_prepare (job->database, UPDATE_NAMES_SQL, error));
}

static void
bind_int_or_null (sqlite3_stmt *statement,
                  int           column,
                  gint64        value,
                  gint64        smallest)
{
  if (value >= smallest)
    sqlite3_bind_int64 (statement, column, value);
  else
    sqlite3_bind_null (statement, column);
}

static void
bind_item (FlImportJob  *job,
           sqlite3_stmt *statement,
           FlImportItem *item)
{
  FlCallMetadata *metadata = item->metadata;
  g_autofree char *started_at = utc_text (metadata->started_at);
  FlRecordingStatus status = item->readable ? FL_RECORDING_STATUS_PRESENT
                                            : FL_RECORDING_STATUS_UNREADABLE;

  sqlite3_reset (statement);
  sqlite3_clear_bindings (statement);

  fl_sql_bind_text (statement, 1, item->path);
  fl_sql_bind_text (statement, 2, item->second_path);
  sqlite3_bind_int64 (statement, 3, item->size);
  sqlite3_bind_int64 (statement, 4, item->mtime);
  fl_sql_bind_text (statement, 5, metadata->unique_id);
  fl_sql_bind_text (statement, 6, started_at);
  fl_sql_bind_text (statement, 7, metadata->caller);
  fl_sql_bind_text (statement, 8, metadata->callee);
  fl_sql_bind_text (statement, 9, metadata->agent_number);
  fl_sql_bind_id (statement, 10, item->agent_staff_id);
  fl_sql_bind_text (statement, 11, metadata->queue);
  fl_sql_bind_text (statement, 12, fl_call_direction_to_code (metadata->direction));
  bind_int_or_null (statement, 13, item->info.duration_ms, 0);
  fl_sql_bind_text (statement, 14, item->info.codec);
  bind_int_or_null (statement, 15, item->info.channels, 1);
  bind_int_or_null (statement, 16, item->info.sample_rate, 1);
  sqlite3_bind_text (statement, 17, fl_recording_status_to_code (status), -1, SQLITE_STATIC);
  fl_sql_bind_text (statement, 18, item->readable ? NULL : item->info.problem);
  sqlite3_bind_text (statement, 19, job->now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 20, job->now, -1, SQLITE_TRANSIENT);
  if (item->existing != NULL)
    sqlite3_bind_int64 (statement, 21, item->existing->id);
}

static gboolean
write_item (FlImportJob   *job,
            FlImportItem  *item,
            GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  FlImportSummary *summary = job->summary;
  gboolean read_now = item->examine || item->is_folder;
  sqlite3_stmt *statement;
  gboolean has_row = FALSE;

  if (item->existing == NULL)
    statement = job->insert;
  else if (read_now)
    statement = job->update_all;
  else
    statement = job->update_names;

  bind_item (job, statement, item);
  if (!fl_database_step (job->database, statement, &has_row, &local_error))
    {
      sqlite3_reset (statement);
      /* One row that clashes with another is that file's failure; anything
       * else (a full disk) stops the import. */
      if (!g_error_matches (local_error, FL_DATABASE_ERROR, FL_DATABASE_ERROR_CONSTRAINT))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      fl_import_summary_add_problem (summary->failed, item->relative_path, 0, local_error->message);
      return TRUE;
    }
  sqlite3_reset (statement);

  if (statement == job->insert)
    summary->added++;
  else if (!has_row)
    summary->unchanged++;
  else
    {
      summary->updated++;
      if (item->existing->status == FL_RECORDING_STATUS_MISSING)
        summary->reappeared++;
    }

  if (read_now && !item->readable)
    fl_import_summary_add_problem (summary->unreadable, item->relative_path, 0, item->info.problem);
  return TRUE;
}

typedef struct
{
  FlImportJob *job;
  guint        start;
  guint        end;
} Batch;

static gboolean
write_batch (gpointer   user_data,
             GError   **error)
{
  Batch *batch = user_data;

  for (guint i = batch->start; i < batch->end; i++)
    if (!write_item (batch->job, &batch->job->items[i], error))
      return FALSE;
  return TRUE;
}

static void
set_now (FlImportJob *job)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  g_free (job->now);
  job->now = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

/* Whether @path is, or is in, something the walk could not read. */
static gboolean
not_looked_at (FlImportJob *job,
               const char  *path)
{
  const char *relative = path + strlen (job->folder) + 1;

  for (guint i = 0; i < job->scan->unread_paths->len; i++)
    {
      const char *unread = g_ptr_array_index (job->scan->unread_paths, i);
      gsize length = strlen (unread);

      if (strncmp (relative, unread, length) == 0 &&
          (relative[length] == '/' || relative[length] == '\0'))
        return TRUE;
    }
  return FALSE;
}

/* Rows under the folder that no file claimed: their file is gone. Not
 * when the file, or the folder it was in, could not be read this time. */
static gboolean
flag_missing (FlImportJob  *job,
              GError      **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  GHashTableIter iter;
  FlImportExisting *existing;

  statement = fl_database_prepare (job->database,
                                   "UPDATE recordings SET status = 'missing', updated_at = ? "
                                   "WHERE id = ?",
                                   error);
  if (statement == NULL)
    return FALSE;

  g_hash_table_iter_init (&iter, job->existing_by_path);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &existing))
    {
      if (existing->claimed || existing->status == FL_RECORDING_STATUS_MISSING ||
          not_looked_at (job, existing->path))
        continue;

      sqlite3_reset (statement);
      sqlite3_bind_text (statement, 1, job->now, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (statement, 2, existing->id);
      if (!fl_database_run (job->database, statement, error))
        return FALSE;
      job->summary->missing++;
    }
  return TRUE;
}

typedef struct
{
  FlImportJob *job;
  gboolean     complete;
} Finish;

static gboolean
finish (gpointer   user_data,
        GError   **error)
{
  Finish *finishing = user_data;
  FlImportJob *job = finishing->job;
  g_autoptr(JsonNode) after = NULL;

  if (finishing->complete && !flag_missing (job, error))
    return FALSE;

  after = fl_import_summary_to_json (job->summary, finishing->complete);
  return fl_audit_record (job->database, job->actor, "recordings", 0, "import",
                          NULL, after, error);
}

/* One batch of recordings, in one transaction: all of it is written, or
 * none. */
gboolean
fl_import_job_write_batch (FlImportJob  *job,
                           guint         start,
                           guint         end,
                           GError      **error)
{
  Batch batch = { job, start, end };

  g_return_val_if_fail (start <= end && end <= job->n_items, FALSE);

  set_now (job);
  return fl_database_transaction (job->database, write_batch, &batch, error);
}

/* The last transaction: the rows whose files are gone (only when the
 * import looked at every file: @complete) and the import's audit row. */
gboolean
fl_import_job_finish (FlImportJob  *job,
                      gboolean      complete,
                      GError      **error)
{
  Finish finishing = { job, complete };

  set_now (job);
  return fl_database_transaction (job->database, finish, &finishing, error);
}

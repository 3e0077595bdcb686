/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-remote-sync"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "fl-agent-finder.h"
#include "fl-audit.h"
#include "fl-recording-import.h"
#include "fl-remote-client.h"
#include "fl-remote-index.h"
#include "fl-remote-listing.h"
#include "fl-remote-secrets.h"
#include "fl-remote-source-service.h"
#include "fl-remote-sync.h"
#include "fl-remote-walk.h"
#include "fl-sql.h"

/* Pages of a JSON index followed, at most: a loop of next links ends. */
#define MAX_INDEX_PAGES 100000
#define PROGRESS_INTERVAL_US (G_USEC_PER_SEC / 10)
/* Recordings written per transaction: a page of an index. */
#define BATCH_SIZE 2000

/* A recording of this source already in the library. */
typedef struct
{
  gint64   id;
  gint64   size;
  gint64   mtime;
  char    *etag;
  gboolean missing;
  gboolean claimed;
} Existing;

typedef struct
{
  FlDatabase                 *database;
  FlSession                  *actor;
  FlRemoteSource             *source;
  const FlRemoteSourceFields *fields;
  FlRemoteClient             *client;
  GCancellable               *cancellable;
  FlImportProgressFunc        progress;
  gpointer                    progress_data;
  gint64                      last_report;
  FlImportProgress            state;

  FlImportSummary            *summary;
  GHashTable                 *existing;    /* the index's id, or the URL of a listed file → Existing */
  FlAgentFinder              *agents;
  GPtrArray                  *batch;       /* FlRemoteRecord, their url resolved */
  GPtrArray                  *removed;     /* ids an incremental index says are gone */
  sqlite3_stmt               *insert;
  sqlite3_stmt               *update;
  char                       *now;
  char                       *cursor;      /* where an incremental index starts, or NULL */
  gboolean                    whole;       /* everything was listed: what was not is gone */
} Sync;

static void
existing_free (Existing *existing)
{
  g_free (existing->etag);
  g_free (existing);
}

static void
sync_clear (Sync *sync)
{
  g_clear_object (&sync->source);
  g_clear_object (&sync->client);
  g_clear_pointer (&sync->existing, g_hash_table_unref);
  g_clear_pointer (&sync->agents, fl_agent_finder_free);
  g_clear_pointer (&sync->batch, g_ptr_array_unref);
  g_clear_pointer (&sync->removed, g_ptr_array_unref);
  g_clear_pointer (&sync->insert, sqlite3_finalize);
  g_clear_pointer (&sync->update, sqlite3_finalize);
  g_clear_pointer (&sync->now, g_free);
  g_clear_pointer (&sync->cursor, g_free);
}

static void
report (Sync     *sync,
        gboolean  always)
{
  gint64 now = g_get_monotonic_time ();

  if (sync->progress == NULL || (!always && now - sync->last_report < PROGRESS_INTERVAL_US))
    return;
  sync->last_report = now;
  sync->progress (&sync->state, sync->progress_data);
}

static gboolean
is_json (Sync *sync)
{
  return sync->fields->kind == FL_REMOTE_LISTING_JSON;
}

/* The source, its cursor, and a client signed in with its secret. */
static gboolean
open_source (Sync     *sync,
             gint64    source_id,
             GError  **error)
{
  g_autoptr(FlRemoteSourceService) sources = fl_remote_source_service_new (sync->database);
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  if (!(sync->source = fl_remote_source_service_get (sources, sync->actor, source_id, error)))
    return FALSE;
  sync->fields = fl_remote_source_get_fields (sync->source);
  if (!(statement = fl_database_prepare (sync->database,
                                         "SELECT since_cursor FROM recording_sources WHERE id = ?", error)))
    return FALSE;
  sqlite3_bind_int64 (statement, 1, source_id);
  if (!fl_database_step (sync->database, statement, &has_row, error))
    return FALSE;
  sync->cursor = has_row ? g_strdup (fl_sql_column_text (statement, 0)) : NULL;
  sync->client = fl_remote_secrets_new_client (sync->fields, sync->cancellable, error);
  return sync->client != NULL;
}

static gboolean
load_existing (Sync     *sync,
               GError  **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  sync->existing = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) existing_free);
  statement = fl_database_prepare (sync->database,
                                   "SELECT id, unique_id, remote_url, file_size, file_mtime, remote_etag, "
                                   "  status = 'missing' "
                                   "FROM recordings WHERE source_id = ?",
                                   error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, sync->fields->id);
  while (fl_database_step (sync->database, statement, &has_row, error) && has_row)
    {
      const char *key = fl_sql_column_text (statement, is_json (sync) ? 1 : 2);
      Existing *existing;

      if (key == NULL)
        continue;
      existing = g_new0 (Existing, 1);
      existing->id = sqlite3_column_int64 (statement, 0);
      existing->size = sqlite3_column_type (statement, 3) == SQLITE_NULL ? -1 : sqlite3_column_int64 (statement, 3);
      existing->mtime = sqlite3_column_type (statement, 4) == SQLITE_NULL ? -1 : sqlite3_column_int64 (statement, 4);
      existing->etag = g_strdup (fl_sql_column_text (statement, 5));
      existing->missing = sqlite3_column_int (statement, 6);
      g_hash_table_replace (sync->existing, g_strdup (key), existing);
    }
  return !has_row;
}

/* ?1 the URL, ?2 … ?14 the columns below in order, ?15 now, ?16 the row's
 * id, ?17 whether the file itself changed (what was read from it is then
 * forgotten, and read again when it is next opened). */
#define INSERT_SQL \
  "INSERT INTO recordings (path, remote_url, unique_id, started_at, caller, callee, agent_number, " \
  "  agent_staff_id, queue, direction, duration_ms, file_size, file_mtime, source_id, remote_etag, " \
  "  imported_at, updated_at) " \
  "VALUES (?1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?15)"

#define UPDATE_SQL \
  "UPDATE recordings SET path = ?1, remote_url = ?1, unique_id = ?2, started_at = ?3, caller = ?4, " \
  "  callee = ?5, agent_number = ?6, agent_staff_id = ?7, queue = ?8, direction = ?9, " \
  "  duration_ms = coalesce (?10, CASE WHEN ?17 THEN NULL ELSE duration_ms END), " \
  "  file_size = ?11, file_mtime = ?12, remote_etag = ?14, " \
  "  codec = CASE WHEN ?17 THEN NULL ELSE codec END, " \
  "  channels = CASE WHEN ?17 THEN NULL ELSE channels END, " \
  "  sample_rate = CASE WHEN ?17 THEN NULL ELSE sample_rate END, " \
  "  status = CASE WHEN ?17 OR status = 'missing' THEN 'present' ELSE status END, " \
  "  problem = CASE WHEN ?17 THEN NULL ELSE problem END, updated_at = ?15 " \
  "WHERE id = ?16 AND (?17 OR status = 'missing' OR path IS DISTINCT FROM ?1 " \
  "  OR unique_id IS DISTINCT FROM ?2 OR started_at IS DISTINCT FROM ?3 OR caller IS DISTINCT FROM ?4 " \
  "  OR callee IS DISTINCT FROM ?5 OR agent_number IS DISTINCT FROM ?6 " \
  "  OR agent_staff_id IS DISTINCT FROM ?7 OR queue IS DISTINCT FROM ?8 " \
  "  OR direction IS DISTINCT FROM ?9 OR (?10 IS NOT NULL AND duration_ms IS DISTINCT FROM ?10)) " \
  "RETURNING id"

static gint64
seconds_of (const char *iso)
{
  g_autoptr(GDateTime) time = iso != NULL ? g_date_time_new_from_iso8601 (iso, NULL) : NULL;

  return time != NULL ? g_date_time_to_unix (time) : -1;
}

/* Whether the server's file is another than the one seen before. */
static gboolean
file_changed (const Existing       *existing,
              const FlRemoteRecord *record,
              gint64                mtime)
{
  if (existing->etag != NULL && record->etag != NULL)
    return g_strcmp0 (existing->etag, record->etag) != 0;
  return existing->size != record->size || existing->mtime != mtime;
}

static void
bind_record (Sync                 *sync,
             sqlite3_stmt         *statement,
             const FlRemoteRecord *record,
             gint64                mtime)
{
  const char *agent_number = record->agent != NULL ? record->agent : record->extension;

  sqlite3_reset (statement);
  sqlite3_clear_bindings (statement);
  fl_sql_bind_text (statement, 1, record->url);
  fl_sql_bind_text (statement, 2, record->id);
  fl_sql_bind_text (statement, 3, record->start);
  fl_sql_bind_text (statement, 4, record->caller);
  fl_sql_bind_text (statement, 5, record->callee);
  fl_sql_bind_text (statement, 6, agent_number);
  fl_sql_bind_id (statement, 7, fl_agent_finder_find (sync->agents, agent_number));
  fl_sql_bind_text (statement, 8, record->queue);
  fl_sql_bind_text (statement, 9, record->direction);
  if (record->duration > 0)
    sqlite3_bind_int64 (statement, 10, (gint64) (record->duration * 1000 + 0.5));
  if (record->size >= 0)
    sqlite3_bind_int64 (statement, 11, record->size);
  if (mtime >= 0)
    sqlite3_bind_int64 (statement, 12, mtime);
  sqlite3_bind_int64 (statement, 13, sync->fields->id);
  fl_sql_bind_text (statement, 14, record->etag);
  sqlite3_bind_text (statement, 15, sync->now, -1, SQLITE_TRANSIENT);
}

static gboolean
write_record (Sync            *sync,
              FlRemoteRecord  *record,
              GError         **error)
{
  g_autoptr(GError) local_error = NULL;
  const char *key = is_json (sync) ? record->id : record->url;
  Existing *existing = g_hash_table_lookup (sync->existing, key);
  gint64 mtime = seconds_of (record->modified);
  sqlite3_stmt *statement = existing != NULL ? sync->update : sync->insert;
  gboolean has_row = FALSE;

  /* The same recording listed twice is written once. */
  if (existing != NULL && existing->claimed)
    return TRUE;
  bind_record (sync, statement, record, mtime);
  if (existing != NULL)
    {
      existing->claimed = TRUE;
      sqlite3_bind_int64 (statement, 16, existing->id);
      sqlite3_bind_int (statement, 17, file_changed (existing, record, mtime));
    }
  if (!fl_database_step (sync->database, statement, &has_row, &local_error))
    {
      sqlite3_reset (statement);
      /* Two records for one file: that record's failure. A full disk stops. */
      if (!g_error_matches (local_error, FL_DATABASE_ERROR, FL_DATABASE_ERROR_CONSTRAINT))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      fl_import_summary_add_problem (sync->summary->failed, record->url, 0, local_error->message);
      return TRUE;
    }
  sqlite3_reset (statement);
  if (existing == NULL)
    {
      sync->summary->added++;
      existing = g_new0 (Existing, 1);
      existing->claimed = TRUE;
      g_hash_table_replace (sync->existing, g_strdup (key), existing);
    }
  else if (!has_row)
    sync->summary->unchanged++;
  else
    {
      sync->summary->updated++;
      if (existing->missing)
        sync->summary->reappeared++;
    }
  return TRUE;
}

static gboolean
write_batch_cb (gpointer   user_data,
                GError   **error)
{
  Sync *sync = user_data;

  for (guint i = 0; i < sync->batch->len; i++)
    if (!write_record (sync, g_ptr_array_index (sync->batch, i), error))
      return FALSE;
  return TRUE;
}

/* Writes what was listed so far, in one transaction. */
static gboolean
flush (Sync     *sync,
       GError  **error)
{
  gboolean written;

  if (sync->batch->len == 0)
    return TRUE;
  written = fl_database_transaction (sync->database, write_batch_cb, sync, error);
  g_ptr_array_set_size (sync->batch, 0);
  return written;
}

/* Adds @record (its url already resolved) to what is written next. */
static gboolean
take_record (Sync            *sync,
             FlRemoteRecord  *record,
             GError         **error)
{
  g_ptr_array_add (sync->batch, record);
  sync->summary->files++;
  sync->summary->recordings++;
  sync->state.files_found++;
  report (sync, FALSE);
  if (sync->batch->len >= BATCH_SIZE)
    return flush (sync, error);
  return TRUE;
}

/* JSON index */

static char *
first_index_url (Sync     *sync,
                 gboolean  full)
{
  g_autofree char *since = NULL;

  if (full || sync->cursor == NULL)
    return g_strconcat (sync->fields->base_url, "index.json", NULL);
  since = g_uri_escape_string (sync->cursor, NULL, FALSE);
  return g_strconcat (sync->fields->base_url, "index.json?since=", since, NULL);
}

static gboolean
read_index (Sync      *sync,
            gboolean   full,
            GError   **error)
{
  g_autofree char *url = first_index_url (sync, full);
  guint pages = 0;

  sync->whole = full || sync->cursor == NULL;
  while (url != NULL)
    {
      g_autoptr(GBytes) page = NULL;
      g_autoptr(GPtrArray) records = NULL;
      g_auto(GStrv) removed = NULL;
      g_autofree char *next = NULL;
      guint skipped = 0;
      gsize length;
      const char *data;

      if (g_cancellable_set_error_if_cancelled (sync->cancellable, error))
        return FALSE;
      if (++pages > MAX_INDEX_PAGES)
        {
          g_set_error (error, FL_REMOTE_ERROR, FL_REMOTE_ERROR_TOO_BIG,
                       _("The server's index goes on for more than %d pages. Check that its “next” links end."),
                       MAX_INDEX_PAGES);
          return FALSE;
        }
      if (!(page = fl_remote_client_fetch (sync->client, "GET", url, NULL, NULL, FL_REMOTE_INDEX_PAGE_MAX,
                                           sync->cancellable, error)))
        return FALSE;
      data = g_bytes_get_data (page, &length);
      if (!(records = fl_remote_index_parse_page (data, length, &next, &removed, &skipped, error)))
        return FALSE;
      for (guint i = 0; i < skipped; i++)
        fl_import_summary_add_problem (sync->summary->failed, url, 0,
                                       _("A record without an id, a start time with its zone, or a URL"));
      for (guint i = 0; removed != NULL && removed[i] != NULL; i++)
        g_ptr_array_add (sync->removed, g_strdup (removed[i]));
      for (guint i = 0; i < records->len; i++)
        {
          FlRemoteRecord *record = g_ptr_array_index (records, i);
          g_autoptr(GError) unsafe = NULL;
          char *resolved = fl_remote_listing_resolve (sync->fields->base_url, record->url, NULL, &unsafe);

          if (resolved == NULL)
            {
              fl_import_summary_add_problem (sync->summary->failed, record->id, 0, unsafe->message);
              continue;
            }
          g_free (record->url);
          record->url = resolved;
          if (!take_record (sync, g_ptr_array_steal_index (records, i--), error))
            return FALSE;
        }
      g_clear_pointer (&url, g_free);
      if (next != NULL && !(url = fl_remote_listing_resolve (sync->fields->base_url, next, NULL, error)))
        return FALSE;
    }
  return TRUE;
}

/* Directory listings and WebDAV */

static gboolean
found_cb (FlRemoteRecord  *record,
          gpointer         user_data,
          GError         **error)
{
  return take_record (user_data, record, error);
}

static gboolean
walk_listing (Sync     *sync,
              GError  **error)
{
  return fl_remote_walk (sync->client, sync->fields->kind, sync->fields->base_url, found_cb, sync,
                         sync->summary->failed, &sync->whole, sync->cancellable, error);
}

/* The end */

static gboolean
flag_one_missing (Sync          *sync,
                  sqlite3_stmt  *statement,
                  gint64         id,
                  GError       **error)
{
  sqlite3_reset (statement);
  sqlite3_bind_text (statement, 1, sync->now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (statement, 2, id);
  if (!fl_database_run (sync->database, statement, error))
    return FALSE;
  sync->summary->missing += fl_database_changes (sync->database);
  return TRUE;
}

/* Recordings the server no longer has: all those not listed by a whole
 * listing, and those an incremental index says were removed. */
static gboolean
flag_missing_cb (gpointer   user_data,
                 GError   **error)
{
  Sync *sync = user_data;
  g_autoptr(sqlite3_stmt) statement = NULL;
  GHashTableIter iter;
  Existing *existing;

  statement = fl_database_prepare (sync->database,
                                   "UPDATE recordings SET status = 'missing', updated_at = ? "
                                   "WHERE id = ? AND status != 'missing'",
                                   error);
  if (statement == NULL)
    return FALSE;
  for (guint i = 0; i < sync->removed->len; i++)
    {
      existing = g_hash_table_lookup (sync->existing, g_ptr_array_index (sync->removed, i));
      if (existing != NULL && existing->id != 0 && !existing->claimed &&
          !flag_one_missing (sync, statement, existing->id, error))
        return FALSE;
    }
  if (!sync->whole)
    return TRUE;
  g_hash_table_iter_init (&iter, sync->existing);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &existing))
    if (!existing->claimed && !existing->missing && existing->id != 0 &&
        !flag_one_missing (sync, statement, existing->id, error))
      return FALSE;
  return TRUE;
}

typedef struct
{
  Sync         *sync;
  const GError *failure;      /* or NULL */
  const char   *started_at;
} Outcome;

/* The source's last sync, and the audit row, in one transaction. */
static gboolean
record_outcome_cb (gpointer   user_data,
                   GError   **error)
{
  Outcome *outcome = user_data;
  Sync *sync = outcome->sync;
  FlImportSummary *summary = sync->summary;
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autoptr(JsonNode) after = fl_import_summary_to_json (summary, outcome->failure == NULL);

  statement = fl_database_prepare (sync->database,
                                   "UPDATE recording_sources SET last_sync_at = ?2, last_error = ?3, n_added = ?4, "
                                   "  n_changed = ?5, n_removed = ?6, "
                                   "  since_cursor = CASE WHEN ?7 THEN ?8 ELSE since_cursor END "
                                   "WHERE id = ?1",
                                   error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, sync->fields->id);
  sqlite3_bind_text (statement, 2, sync->now, -1, SQLITE_TRANSIENT);
  fl_sql_bind_text (statement, 3, outcome->failure != NULL ? outcome->failure->message : NULL);
  sqlite3_bind_int64 (statement, 4, summary->added);
  sqlite3_bind_int64 (statement, 5, summary->updated);
  sqlite3_bind_int64 (statement, 6, summary->missing);
  /* The next sync starts where this one did, once it read everything. */
  sqlite3_bind_int (statement, 7, outcome->failure == NULL && is_json (sync));
  sqlite3_bind_text (statement, 8, outcome->started_at, -1, SQLITE_TRANSIENT);
  if (!fl_database_run (sync->database, statement, error))
    return FALSE;
  return fl_audit_record (sync->database, sync->actor, "recording_sources", sync->fields->id, "sync", NULL,
                          after, error);
}

static gboolean
run (Sync      *sync,
     gint64     source_id,
     gboolean   full,
     GError   **error)
{
  if (!open_source (sync, source_id, error))
    return FALSE;
  sync->summary->folder = g_strdup (sync->fields->base_url);
  sync->summary->source_name = g_strdup (sync->fields->name);
  /* 64 MB of pages: the library's indexes stay in memory while a large
   * index is written (SQLite's default 2 MB makes each insert read them). */
  if (!fl_database_exec (sync->database, "PRAGMA cache_size = -65536", error) ||
      !load_existing (sync, error) || !(sync->agents = fl_agent_finder_load (sync->database, error)) ||
      !(sync->insert = fl_database_prepare (sync->database, INSERT_SQL, error)) ||
      !(sync->update = fl_database_prepare (sync->database, UPDATE_SQL, error)))
    return FALSE;

  sync->state.phase = FL_IMPORT_PHASE_SCANNING;
  report (sync, TRUE);
  if (!(is_json (sync) ? read_index (sync, full, error) : walk_listing (sync, error)) || !flush (sync, error))
    return FALSE;
  sync->state.phase = FL_IMPORT_PHASE_FINISHING;
  report (sync, TRUE);
  return fl_database_transaction (sync->database, flag_missing_cb, sync, error);
}

FlImportSummary *
fl_remote_sync_run (FlDatabase            *database,
                    FlSession             *actor,
                    gint64                 source_id,
                    gboolean               full,
                    GCancellable          *cancellable,
                    FlImportProgressFunc   progress,
                    gpointer               progress_data,
                    GError               **error)
{
  g_autoptr(FlImportSummary) summary = fl_import_summary_new (NULL, NULL);
  g_autoptr(GError) failure = NULL;
  g_autofree char *started_at = fl_sql_now_utc ();
  gint64 started = g_get_monotonic_time ();
  Sync sync = { 0 };
  Outcome outcome;
  gboolean done;

  g_return_val_if_fail (FL_IS_DATABASE (database), NULL);

  if (!fl_session_check (actor, FL_PERMISSION_IMPORT_RECORDINGS, error))
    return NULL;

  sync.database = database;
  sync.actor = actor;
  sync.cancellable = cancellable;
  sync.progress = progress;
  sync.progress_data = progress_data;
  sync.summary = summary;
  sync.batch = g_ptr_array_new_with_free_func ((GDestroyNotify) fl_remote_record_free);
  sync.removed = g_ptr_array_new_with_free_func (g_free);
  sync.now = g_strdup (started_at);

  done = run (&sync, source_id, full, &failure);
  summary->elapsed_ms = (g_get_monotonic_time () - started) / 1000;
  /* A source that could not be read keeps what went wrong, for Preferences. */
  if (sync.fields != NULL)
    {
      g_autoptr(GError) record_error = NULL;

      outcome = (Outcome) { &sync, failure, started_at };
      g_clear_pointer (&sync.now, g_free);
      sync.now = fl_sql_now_utc ();
      if (!fl_database_transaction (database, record_outcome_cb, &outcome, &record_error) && done)
        {
          done = FALSE;
          failure = g_steal_pointer (&record_error);
        }
    }
  sync.state.phase = FL_IMPORT_PHASE_DONE;
  report (&sync, TRUE);
  sync_clear (&sync);
  if (!done)
    {
      g_propagate_error (error, g_steal_pointer (&failure));
      return NULL;
    }
  return g_steal_pointer (&summary);
}

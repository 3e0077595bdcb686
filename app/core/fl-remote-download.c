/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-remote-download"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "fl-audit.h"
#include "fl-recording-probe.h"
#include "fl-recording-service.h"
#include "fl-remote-download.h"
#include "fl-remote-listing.h"
#include "fl-remote-secrets.h"
#include "fl-remote-source-service.h"
#include "fl-sql.h"
#include "fl-worker.h"

#define PROGRESS_INTERVAL_US (G_USEC_PER_SEC / 10)

/* What the library knows of a synced recording: its source, where its
 * file is (checked again: the library may have been written by anyone)
 * and the version of it. */
typedef struct
{
  FlRemoteSource *source;
  char           *url;        /* absolute */
  char           *relative;   /* under the source's address */
  gint64          size;       /* -1: not known */
  char           *etag;       /* or NULL */
  gint64          duration_ms;  /* -1: not known */
} Located;

static void
located_clear (Located *located)
{
  g_clear_object (&located->source);
  g_clear_pointer (&located->url, g_free);
  g_clear_pointer (&located->relative, g_free);
  g_clear_pointer (&located->etag, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Located, located_clear)

static gboolean
locate (FlDatabase  *database,
        FlSession   *actor,
        gint64       recording_id,
        Located     *located,
        GError     **error)
{
  g_autoptr(FlRemoteSourceService) sources = fl_remote_source_service_new (database);
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  if (!fl_session_check (actor, FL_PERMISSION_VIEW_RECORDINGS, error) ||
      !(statement = fl_database_prepare (database,
                                         "SELECT source_id, remote_url, file_size, remote_etag, duration_ms FROM recordings "
                                         "WHERE id = ? AND source_id IS NOT NULL",
                                         error)))
    return FALSE;
  sqlite3_bind_int64 (statement, 1, recording_id);
  if (!fl_database_step (database, statement, &has_row, error))
    return FALSE;
  if (!has_row)
    {
      g_set_error_literal (error, FL_RECORDING_ERROR, FL_RECORDING_ERROR_NOT_FOUND,
                           _("This recording is not on a recording server any more. Reload the list."));
      return FALSE;
    }
  located->size = sqlite3_column_type (statement, 2) == SQLITE_NULL ? -1 : sqlite3_column_int64 (statement, 2);
  located->etag = g_strdup (fl_sql_column_text (statement, 3));
  located->duration_ms = sqlite3_column_type (statement, 4) == SQLITE_NULL ? -1 : sqlite3_column_int64 (statement, 4);
  if (!(located->source = fl_remote_source_service_get (sources, actor, sqlite3_column_int64 (statement, 0), error)))
    return FALSE;
  located->url = fl_remote_listing_resolve (fl_remote_source_get_fields (located->source)->base_url,
                                            fl_sql_column_text (statement, 1), &located->relative, error);
  return located->url != NULL;
}

typedef struct
{
  FlDatabase        *database;
  FlSession         *actor;
  gint64             recording_id;
  const FlAudioInfo *info;
} Learning;

static gboolean
write_audio_info_cb (gpointer   user_data,
                     GError   **error)
{
  Learning *learning = user_data;
  g_autoptr(JsonNode) before = fl_audit_snapshot (learning->database, "recordings", learning->recording_id, error);
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autofree char *now = fl_sql_now_utc ();

  if (before == NULL ||
      !(statement = fl_database_prepare (learning->database,
                                         "UPDATE recordings SET duration_ms = ?, codec = ?, channels = ?, "
                                         "sample_rate = ?, updated_at = ? WHERE id = ? AND duration_ms IS NULL",
                                         error)))
    return FALSE;
  sqlite3_bind_int64 (statement, 1, learning->info->duration_ms);
  fl_sql_bind_text (statement, 2, learning->info->codec);
  sqlite3_bind_int (statement, 3, (int) learning->info->channels);
  sqlite3_bind_int (statement, 4, (int) learning->info->sample_rate);
  sqlite3_bind_text (statement, 5, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (statement, 6, learning->recording_id);
  if (!fl_database_run (learning->database, statement, error))
    return FALSE;
  return fl_database_changes (learning->database) == 0 ||
         fl_audit_record_saved (learning->database, learning->actor, "recordings", learning->recording_id, before,
                                error);
}

/* A directory listing or WebDAV tells a recording's size, not its length
 * or format: they are read from the first copy, for the library to show
 * and filter by. A copy that cannot be read leaves them unknown; playing
 * it says why. */
static void
learn_audio_info (FlDatabase *database,
                  FlSession  *actor,
                  gint64      recording_id,
                  const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlRecordingProbe) probe = fl_recording_probe_new (&error);
  g_auto(FlAudioInfo) info = { 0 };
  Learning learning = { database, actor, recording_id, &info };
  GStatBuf status;

  if (probe == NULL || g_stat (path, &status) != 0 ||
      !fl_recording_probe_examine (probe, path, status.st_size, &info) ||
      !fl_database_transaction (database, write_audio_info_cb, &learning, &error))
    g_debug ("The length of recording %" G_GINT64_FORMAT " stays unknown: %s", recording_id,
             error != NULL ? error->message : info.problem);
}

char *
fl_remote_download_recording (FlDatabase        *database,
                              FlSession         *actor,
                              gint64             recording_id,
                              FlRemoteCache     *cache,
                              FlRemoteProgress   progress,
                              gpointer           user_data,
                              GCancellable      *cancellable,
                              GError           **error)
{
  g_auto(Located) located = { NULL };
  g_autoptr(FlRemoteClient) client = NULL;
  g_autofree char *path = NULL;
  const FlRemoteSourceFields *fields;

  g_return_val_if_fail (FL_IS_DATABASE (database), NULL);
  g_return_val_if_fail (FL_IS_REMOTE_CACHE (cache), NULL);

  if (!locate (database, actor, recording_id, &located, error))
    return NULL;
  fields = fl_remote_source_get_fields (located.source);
  if (!(client = fl_remote_secrets_new_client (fields, cancellable, error)) ||
      !(path = fl_remote_cache_fetch (cache, client, fields->id, located.url, located.relative, located.size,
                                      located.etag, progress, user_data, cancellable, error)))
    return NULL;
  if (located.duration_ms < 0)
    learn_audio_info (database, actor, recording_id, path);
  return g_steal_pointer (&path);
}

FlRemotePlayback *
fl_remote_download_locate (FlDatabase     *database,
                           FlSession      *actor,
                           gint64          recording_id,
                           FlRemoteCache  *cache,
                           GCancellable   *cancellable,
                           GError        **error)
{
  g_auto(Located) located = { NULL };
  g_autoptr(FlRemotePlayback) playback = NULL;
  const FlRemoteSourceFields *fields;

  g_return_val_if_fail (FL_IS_DATABASE (database), NULL);
  g_return_val_if_fail (FL_IS_REMOTE_CACHE (cache), NULL);

  if (!locate (database, actor, recording_id, &located, error))
    return NULL;
  fields = fl_remote_source_get_fields (located.source);
  playback = g_new0 (FlRemotePlayback, 1);
  playback->cached_path = fl_remote_cache_lookup (cache, fields->id, located.relative, located.size, located.etag);
  playback->url = g_steal_pointer (&located.url);
  playback->auth = fields->auth;
  if (fields->auth == FL_REMOTE_AUTH_BASIC)
    playback->user = g_strdup (fields->user_name);
  if (fields->ca_file != NULL && fields->ca_file[0] != '\0')
    playback->ca_file = g_strdup (fields->ca_file);
  if (playback->cached_path == NULL && fields->auth != FL_REMOTE_AUTH_NONE &&
      !(playback->secret = fl_remote_secrets_lookup_for (fields, cancellable, error)))
    return NULL;
  return g_steal_pointer (&playback);
}

void
fl_remote_playback_free (FlRemotePlayback *playback)
{
  if (playback == NULL)
    return;
  g_free (playback->cached_path);
  g_free (playback->url);
  g_free (playback->user);
  fl_remote_secrets_free (playback->secret);
  g_free (playback->ca_file);
  g_free (playback);
}

typedef struct
{
  FlSession        *actor;
  gint64            recording_id;
  FlRemoteCache    *cache;
  GCancellable     *cancellable;
  GMainContext     *context;
  FlRemoteProgress  progress;
  gpointer          user_data;
  gint64            last_report;
} Download;

typedef struct
{
  Download *download;
  goffset   received;
  goffset   total;
} Report;

static void
download_free (gpointer data)
{
  Download *download = data;

  g_clear_object (&download->actor);
  g_clear_object (&download->cache);
  g_clear_object (&download->cancellable);
  g_main_context_unref (download->context);
  g_free (download);
}

static Download *
download_new (FlSession        *actor,
              gint64            recording_id,
              FlRemoteCache    *cache,
              FlRemoteProgress  progress,
              gpointer          user_data,
              GCancellable     *cancellable)
{
  Download *download = g_new0 (Download, 1);

  download->actor = g_object_ref (actor);
  download->recording_id = recording_id;
  download->cache = g_object_ref (cache);
  download->cancellable = cancellable != NULL ? g_object_ref (cancellable) : NULL;
  download->context = g_main_context_ref_thread_default ();
  download->progress = progress;
  download->user_data = user_data;
  return download;
}

static gboolean
deliver_cb (gpointer data)
{
  Report *report = data;

  report->download->progress (report->received, report->total, report->download->user_data);
  return G_SOURCE_REMOVE;
}

/* In the worker: handed to the caller's context, ten times a second and
 * when the last byte arrived. Sources of one priority are dispatched in
 * order, so none arrives after the result. */
static void
relay_cb (goffset  received,
          goffset  total,
          gpointer user_data)
{
  Download *download = user_data;
  gint64 now = g_get_monotonic_time ();
  Report *report;

  if (now - download->last_report < PROGRESS_INTERVAL_US && received != total)
    return;
  download->last_report = now;
  report = g_new (Report, 1);
  *report = (Report) { download, received, total };
  g_main_context_invoke_full (download->context, G_PRIORITY_DEFAULT, deliver_cb, report, g_free);
}

static gpointer
download_in_worker (FlDatabase  *connection,
                    gpointer     data,
                    GError     **error)
{
  Download *download = data;

  return fl_remote_download_recording (connection, download->actor, download->recording_id, download->cache,
                                       download->progress != NULL ? relay_cb : NULL, download,
                                       download->cancellable, error);
}

void
fl_remote_download_recording_async (FlDatabase          *database,
                                    FlSession           *actor,
                                    gint64               recording_id,
                                    FlRemoteCache       *cache,
                                    FlRemoteProgress     progress,
                                    gpointer             user_data,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             callback_data)
{
  g_return_if_fail (FL_IS_DATABASE (database));
  g_return_if_fail (FL_IS_REMOTE_CACHE (cache));

  fl_worker_run (database, NULL, fl_remote_download_recording_async, download_in_worker,
                 download_new (actor, recording_id, cache, progress, user_data, cancellable), download_free,
                 g_free, cancellable, callback, callback_data);
}

char *
fl_remote_download_recording_finish (GAsyncResult  *result,
                                     GError       **error)
{
  return fl_worker_finish (result, fl_remote_download_recording_async, error);
}

/* The same Download, without progress. */
static gpointer
locate_in_worker (FlDatabase  *connection,
                  gpointer     data,
                  GError     **error)
{
  Download *download = data;

  return fl_remote_download_locate (connection, download->actor, download->recording_id, download->cache,
                                    download->cancellable, error);
}

void
fl_remote_download_locate_async (FlDatabase          *database,
                                 FlSession           *actor,
                                 gint64               recording_id,
                                 FlRemoteCache       *cache,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             callback_data)
{
  g_return_if_fail (FL_IS_DATABASE (database));
  g_return_if_fail (FL_IS_REMOTE_CACHE (cache));

  fl_worker_run (database, NULL, fl_remote_download_locate_async, locate_in_worker,
                 download_new (actor, recording_id, cache, NULL, NULL, cancellable), download_free,
                 (GDestroyNotify) fl_remote_playback_free, cancellable, callback, callback_data);
}

FlRemotePlayback *
fl_remote_download_locate_finish (GAsyncResult  *result,
                                  GError       **error)
{
  return fl_worker_finish (result, fl_remote_download_locate_async, error);
}

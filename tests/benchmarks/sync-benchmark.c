/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sync-benchmark"

/*
 * Not a test: prints how syncing a recording server performs (meson test
 * --benchmark sync, or run it directly; --recordings N for another size).
 *
 * A JSON index of 100,000 recordings, 1,000 a page, served by a real
 * SoupServer on loopback, is synced into a fresh database the way the
 * window does it: in a worker thread, with progress handed to the main
 * loop, which meanwhile runs a 5 ms timer standing in for the window and
 * measures its longest stall. Then the same index read whole again with
 * nothing changed, and the incremental sync of an ordinary day's poll
 * (?since=, nothing new).
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fl-recording-service.h"
#include "fl-remote-download.h"
#include "fl-remote-source-service.h"
#include "fl-test-server.h"
#include "fl-test-util.h"

#define PAGE_SIZE 1000

typedef struct
{
  GPtrArray *pages;   /* the index's pages, as text */
  guint      requests;
} Index;

static char *
make_page (guint first,
           guint last,
           guint n_pages,
           guint page)
{
  GString *text = g_string_new ("{\"recordings\": [");

  for (guint i = first; i < last; i++)
    g_string_append_printf (text,
                            "%s{\"id\": \"r-%u\", \"start\": \"2026-%02u-%02uT%02u:%02u:%02u+08:00\", "
                            "\"duration\": %u.5, \"caller\": \"138%08u\", \"callee\": \"4008001234\", "
                            "\"agent\": \"%u\", \"extension\": \"8%03u\", \"queue\": \"queue-%u\", "
                            "\"direction\": \"inbound\", \"url\": \"2026/%02u/%02u/r-%u.wav\", "
                            "\"size\": %u, \"etag\": \"\\\"%x\\\"\"}",
                            i == first ? "" : ", ", i, 1 + i % 12, 1 + i % 28, 8 + i % 10, i % 60, (i / 7) % 60,
                            30 + i % 600, i, 1001 + i % 200, i % 200, i % 8, 1 + i % 12, 1 + i % 28, i,
                            48000 + i % 100000, i * 2654435761u);
  g_string_append (text, "]");
  if (page + 1 < n_pages)
    g_string_append_printf (text, ", \"next\": \"index.json?page=%u\"", page + 2);
  g_string_append (text, "}");
  return g_string_free (text, FALSE);
}

static void
handle_cb (FlTestServer      *server,
           SoupServerMessage *message,
           const char        *path,
           gpointer           user_data)
{
  Index *index = user_data;
  const char *query = g_uri_get_query (soup_server_message_get_uri (message));
  g_autoptr(GHashTable) fields = query != NULL ? g_uri_parse_params (query, -1, "&", G_URI_PARAMS_NONE, NULL)
                                               : NULL;
  const char *page = fields != NULL ? g_hash_table_lookup (fields, "page") : NULL;
  guint number = page != NULL ? (guint) g_ascii_strtoull (page, NULL, 10) : 1;
  const char *text;

  const char *name = strrchr (path, '/');
  guint id;

  index->requests++;
  /* A recording: as many bytes as the index says. */
  if (name != NULL && sscanf (name, "/r-%u.wav", &id) == 1)
    {
      g_autofree char *audio = g_malloc0 (48000 + id % 100000);

      fl_test_server_respond (message, SOUP_STATUS_OK, "audio/wav", audio, 48000 + id % 100000);
      return;
    }
  /* An incremental request: nothing happened since. */
  if (fields != NULL && g_hash_table_contains (fields, "since"))
    text = "{\"recordings\": [], \"removed\": []}";
  else if (number >= 1 && number <= index->pages->len)
    text = g_ptr_array_index (index->pages, number - 1);
  else
    {
      fl_test_server_respond (message, SOUP_STATUS_NOT_FOUND, "text/plain", "no", 2);
      return;
    }
  fl_test_server_respond (message, SOUP_STATUS_OK, "application/json", text, strlen (text));
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double first = *(const double *) a;
  double second = *(const double *) b;

  return (first > second) - (first < second);
}

typedef struct
{
  GMainLoop       *loop;
  FlImportSummary *summary;
  gint64           last_tick;
  gint64           longest_stall;
  guint            progress_calls;
} Watch;

static gboolean
tick_cb (gpointer user_data)
{
  Watch *watch = user_data;
  gint64 now = g_get_monotonic_time ();

  watch->longest_stall = MAX (watch->longest_stall, now - watch->last_tick);
  watch->last_tick = now;
  return G_SOURCE_CONTINUE;
}

static void
progress_cb (const FlImportProgress *progress,
             gpointer                user_data)
{
  ((Watch *) user_data)->progress_calls++;
}

static void
done_cb (GObject      *source_object,
         GAsyncResult *result,
         gpointer      user_data)
{
  Watch *watch = user_data;
  g_autoptr(GError) error = NULL;

  watch->summary = fl_recording_service_import_finish (FL_RECORDING_SERVICE (source_object), result, &error);
  if (watch->summary == NULL)
    g_error ("The sync failed: %s", error->message);
  g_main_loop_quit (watch->loop);
}

/* One sync in the background, as the window runs it; its summary. */
static FlImportSummary *
sync_watched (FlRecordingService *service,
              FlSession          *actor,
              gint64              source,
              gboolean            full,
              const char         *what,
              const char         *target)
{
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  Watch watch = { loop, NULL, g_get_monotonic_time (), 0, 0 };
  gint64 start = g_get_monotonic_time ();
  guint tick = g_timeout_add (5, tick_cb, &watch);
  g_autofree char *stall = g_strdup_printf ("%s: the main loop's longest stall", what);

  fl_recording_service_sync_async (service, actor, source, full, NULL, progress_cb, &watch, done_cb, &watch);
  g_main_loop_run (loop);
  g_source_remove (tick);
  fl_test_print_timing (what, fl_test_ms_since (start), target);
  fl_test_print_timing (stall, watch.longest_stall / 1000.0, "< 50 ms");
  printf ("    %u recordings listed: %u added, %u updated, %u unchanged, %u flagged missing; "
          "%u progress updates\n",
          watch.summary->recordings, watch.summary->added, watch.summary->updated, watch.summary->unchanged,
          watch.summary->missing, watch.progress_calls);
  return watch.summary;
}

/* What opening a server's recording adds before the player has a file:
 * the first time a download, then the cache's check of its copy. A local
 * recording's file is there already; both then play alike. */
static void
measure_opening (FlTestDatabase *fixture,
                 FlSession      *actor)
{
  g_autofree char *folder = fl_test_make_folder ();
  g_autoptr(FlRemoteCache) cache = fl_remote_cache_new (folder, FL_REMOTE_CACHE_DEFAULT_BYTES);
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  double times[50];
  gint64 id;
  gint64 start;

  fl_test_exec (fixture->database, "CREATE TEMP TABLE picked AS SELECT id FROM recordings WHERE unique_id = 'r-4242'");
  id = fl_test_count_rows (fixture->database, "SELECT id FROM picked");
  start = g_get_monotonic_time ();
  first = fl_remote_download_recording (fixture->database, actor, id, cache, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  fl_test_print_timing ("opening a server's recording the first time (downloading 52 KB)", fl_test_ms_since (start),
                        "(for reference)");
  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    {
      g_autofree char *again = NULL;

      start = g_get_monotonic_time ();
      again = fl_remote_download_recording (fixture->database, actor, id, cache, NULL, NULL, NULL, &error);
      times[i] = fl_test_ms_since (start);
      g_assert_cmpstr (again, ==, first);
    }
  qsort (times, G_N_ELEMENTS (times), sizeof times[0], compare_doubles);
  fl_test_print_timing ("opening it again from the cache, before playing (median of 50)",
                        times[G_N_ELEMENTS (times) / 2], "< 16 ms: a local file's open is 0 ms here");
  fl_test_remove_folder (folder);
}

int
main (int   argc,
      char *argv[])
{
  guint n_recordings = 100000;
  FlTestDatabase fixture = { 0 };
  Index index = { 0 };
  FlTestServer *server;
  g_autoptr(FlSession) admin = NULL;
  g_autoptr(FlRemoteSourceService) sources = NULL;
  g_autoptr(FlRecordingService) recordings = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *url = NULL;
  FlImportSummary *summary;
  FlRemoteSourceFields fields = { .name = (char *) "Export service", .kind = FL_REMOTE_LISTING_JSON,
                                  .active = TRUE };
  gint64 source;
  guint n_pages;
  gsize index_bytes = 0;

  for (int i = 1; i + 1 < argc; i++)
    if (g_str_equal (argv[i], "--recordings"))
      n_recordings = (guint) MAX (atoi (argv[i + 1]), 1);

  n_pages = (n_recordings + PAGE_SIZE - 1) / PAGE_SIZE;
  index.pages = g_ptr_array_new_with_free_func (g_free);
  for (guint page = 0; page < n_pages; page++)
    {
      char *text = make_page (page * PAGE_SIZE, MIN ((page + 1) * PAGE_SIZE, n_recordings), n_pages, page);

      index_bytes += strlen (text);
      g_ptr_array_add (index.pages, text);
    }
  server = fl_test_server_start (NULL, handle_cb, &index);
  fl_test_database_setup (&fixture, NULL);
  admin = fl_test_session (FL_ROLE_ADMIN);
  sources = fl_remote_source_service_new (fixture.database);
  recordings = fl_recording_service_new (fixture.database);
  url = g_strconcat (fl_test_server_get_base (server), "/", NULL);
  fields.base_url = url;
  source = fl_remote_source_service_save (sources, admin, &fields, &error);
  g_assert_no_error (error);

  printf ("Syncing a JSON index of %u recordings (%u pages, %.1f MB) from a loopback SoupServer\n", n_recordings,
          n_pages, index_bytes / 1e6);
  summary = sync_watched (recordings, admin, source, FALSE, "first sync, everything new", "< 15000 ms");
  g_assert_cmpuint (summary->added, ==, n_recordings);
  fl_import_summary_free (summary);

  summary = sync_watched (recordings, admin, source, TRUE, "whole index again, nothing changed", "(for reference)");
  g_assert_cmpuint (summary->unchanged, ==, n_recordings);
  fl_import_summary_free (summary);

  summary = sync_watched (recordings, admin, source, FALSE, "incremental sync, nothing new", "< 1000 ms");
  g_assert_cmpuint (summary->recordings, ==, 0);
  fl_import_summary_free (summary);
  printf ("    %u requests served in all\n", index.requests);

  measure_opening (&fixture, admin);

  fl_test_server_stop (server);
  g_ptr_array_unref (index.pages);
  g_clear_object (&recordings);
  g_clear_object (&sources);
  fl_test_database_teardown (&fixture, NULL);
  return 0;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-remote-sync"

#include <string.h>

#include "fl-recording-service.h"
#include "fl-audit.h"
#include "fl-remote-download.h"
#include "fl-remote-listing.h"
#include "fl-remote-source-service.h"
#include "fl-remote-sync.h"
#include "fl-sync-scheduler.h"
#include "fl-test-server.h"
#include "fl-test-util.h"

/* A PBX's recording spool, served by a real SoupServer on loopback as
 * nginx's autoindex (/auto/), WebDAV (/dav/) and a JSON index (/json/). */
typedef struct
{
  char     *path;       /* under the source's folder: "2026/11/exten-….wav" */
  gint64    size;
  char     *etag;
  gboolean  fresh;      /* sent to an incremental ?since= request */
} SpoolFile;

typedef struct
{
  FlTestDatabase  db;
  FlTestServer   *server;
  GMutex          lock;
  GPtrArray      *files;       /* SpoolFile */
  char           *broken;      /* a folder that answers 500, or NULL */
  GStrv           removed;     /* what an incremental index says was deleted */
  char           *last_since;  /* the since= of the last index request */
  FlSession      *auditor;
  FlRecordingService *recordings;
} Spool;

static const char * const first_names[] = {
  "exten-1023-13800138000-20261103-091502-1762160102.101.wav",
  "2026/11/exten-1024-13900139000-20261104-101500-1762222500.7.wav",
  "2026/11/out-13700137000-1023-20261104-111500-1762226100.8.wav",
};

static void
spool_file_free (SpoolFile *file)
{
  g_free (file->path);
  g_free (file->etag);
  g_free (file);
}

static void
add_file (Spool      *spool,
          const char *path,
          gint64      size)
{
  SpoolFile *file = g_new0 (SpoolFile, 1);

  file->path = g_strdup (path);
  file->size = size;
  file->etag = g_strdup_printf ("\"%" G_GINT64_FORMAT "\"", size);
  g_mutex_lock (&spool->lock);
  g_ptr_array_add (spool->files, file);
  g_mutex_unlock (&spool->lock);
}

static SpoolFile *
find_file (Spool      *spool,
           const char *path)
{
  for (guint i = 0; i < spool->files->len; i++)
    {
      SpoolFile *file = g_ptr_array_index (spool->files, i);

      if (g_str_equal (file->path, path))
        return file;
    }
  g_assert_not_reached ();
}

/* The files and subfolders directly in @folder ("" or "2026/11/"). */
static void
list_children (Spool      *spool,
               const char *folder,
               GPtrArray  *files,
               GPtrArray  *folders)
{
  gsize length = strlen (folder);

  for (guint i = 0; i < spool->files->len; i++)
    {
      SpoolFile *file = g_ptr_array_index (spool->files, i);
      const char *rest = file->path + length;
      const char *slash;

      if (strncmp (file->path, folder, length) != 0)
        continue;
      if ((slash = strchr (rest, '/')) == NULL)
        g_ptr_array_add (files, file);
      else
        {
          g_autofree char *child = g_strndup (rest, slash - rest + 1);

          if (!g_ptr_array_find_with_equal_func (folders, child, g_str_equal, NULL))
            g_ptr_array_add (folders, g_steal_pointer (&child));
        }
    }
}

static char *
autoindex_page (Spool      *spool,
                const char *folder)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new ();
  g_autoptr(GPtrArray) folders = g_ptr_array_new_with_free_func (g_free);
  GString *page = g_string_new (NULL);

  list_children (spool, folder, files, folders);
  g_string_append_printf (page, "<html>\r\n<head><title>Index of /auto/%s</title></head>\r\n<body>\r\n"
                                "<h1>Index of /auto/%s</h1><hr><pre><a href=\"../\">../</a>\r\n", folder, folder);
  for (guint i = 0; i < folders->len; i++)
    g_string_append_printf (page, "<a href=\"%s\">%s</a>    28-Nov-2026 10:11    -\r\n",
                            (char *) g_ptr_array_index (folders, i), (char *) g_ptr_array_index (folders, i));
  for (guint i = 0; i < files->len; i++)
    {
      SpoolFile *file = g_ptr_array_index (files, i);
      const char *name = strrchr (file->path, '/') ? strrchr (file->path, '/') + 1 : file->path;

      /* The time stands in for the version: nginx gives no ETag here. */
      g_string_append_printf (page, "<a href=\"%s\">%s</a>    28-Nov-2026 09:%02d    %" G_GINT64_FORMAT "\r\n",
                              name, name, (int) (file->size % 60), file->size);
    }
  g_string_append (page, "</pre><hr></body>\r\n</html>\r\n");
  return g_string_free (page, FALSE);
}

static char *
dav_answer (Spool      *spool,
            const char *folder)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new ();
  g_autoptr(GPtrArray) folders = g_ptr_array_new_with_free_func (g_free);
  GString *answer = g_string_new ("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<D:multistatus xmlns:D=\"DAV:\">");

  list_children (spool, folder, files, folders);
  g_string_append_printf (answer, "<D:response><D:href>/dav/%s</D:href><D:propstat><D:prop><D:resourcetype>"
                                  "<D:collection/></D:resourcetype></D:prop><D:status>HTTP/1.1 200 OK</D:status>"
                                  "</D:propstat></D:response>", folder);
  for (guint i = 0; i < folders->len; i++)
    g_string_append_printf (answer, "<D:response><D:href>/dav/%s%s</D:href><D:propstat><D:prop><D:resourcetype>"
                                    "<D:collection/></D:resourcetype></D:prop><D:status>HTTP/1.1 200 OK"
                                    "</D:status></D:propstat></D:response>",
                            folder, (char *) g_ptr_array_index (folders, i));
  for (guint i = 0; i < files->len; i++)
    {
      SpoolFile *file = g_ptr_array_index (files, i);

      /* The same time and size, another ETag: only the ETag tells. */
      g_string_append_printf (answer, "<D:response><D:href>/dav/%s</D:href><D:propstat><D:prop><D:resourcetype/>"
                                      "<D:getcontentlength>1000</D:getcontentlength>"
                                      "<D:getlastmodified>Sat, 28 Nov 2026 09:18:07 GMT</D:getlastmodified>"
                                      "<D:getetag>%s</D:getetag></D:prop><D:status>HTTP/1.1 200 OK</D:status>"
                                      "</D:propstat></D:response>", file->path, file->etag);
    }
  g_string_append (answer, "</D:multistatus>");
  return g_string_free (answer, FALSE);
}

static void
add_record (GString   *page,
            SpoolFile *file)
{
  g_autofree char *id = g_path_get_basename (file->path);
  g_autofree char *etag = g_strescape (file->etag, NULL);

  *strrchr (id, '.') = '\0';
  g_string_append_printf (page, "%s{\"id\": \"%s\", \"start\": \"2026-11-28T09:15:02+08:00\", \"duration\": 61.5, "
                                "\"agent\": 1023, \"queue\": \"billing\", \"direction\": \"inbound\", "
                                "\"url\": \"%s\", \"size\": %" G_GINT64_FORMAT ", \"etag\": \"%s\"}",
                          page->str[page->len - 1] == '[' ? "" : ", ", id, file->path, file->size, etag);
}

/* Two records a page, linked by next; with since=, the fresh ones and the
 * removed ids on one page. */
static char *
index_page (Spool      *spool,
            const char *query)
{
  g_autoptr(GHashTable) fields = query != NULL ? g_uri_parse_params (query, -1, "&", G_URI_PARAMS_NONE, NULL)
                                               : NULL;
  const char *since = fields != NULL ? g_hash_table_lookup (fields, "since") : NULL;
  const char *page_text = fields != NULL ? g_hash_table_lookup (fields, "page") : NULL;
  guint page_number = page_text != NULL ? (guint) g_ascii_strtoull (page_text, NULL, 10) : 1;
  GString *page = g_string_new ("{\"recordings\": [");

  g_free (spool->last_since);
  spool->last_since = g_strdup (since);
  for (guint i = 0; i < spool->files->len; i++)
    {
      SpoolFile *file = g_ptr_array_index (spool->files, i);

      if (since != NULL ? file->fresh : i / 2 + 1 == page_number)
        add_record (page, file);
    }
  g_string_append (page, "]");
  if (since == NULL && page_number * 2 < spool->files->len)
    g_string_append_printf (page, ", \"next\": \"index.json?page=%u\"", page_number + 1);
  if (since != NULL && spool->removed != NULL)
    {
      g_autofree char *ids = g_strjoinv ("\", \"", spool->removed);

      g_string_append_printf (page, ", \"removed\": [\"%s\"]", ids);
    }
  g_string_append (page, "}");
  return g_string_free (page, FALSE);
}

/* A recording of @size bytes: a WAV header (µ-law, mono, 8 kHz, as a PBX
 * writes) and silence. */
static char *
make_wav (gint64 size)
{
  guint8 *wav = g_malloc0 (size);
  guint32 data_size = (guint32) (size - 44);
  guint32 riff_size = data_size + 36;
  const guint32 rate = 8000;

  g_assert_cmpint (size, >, 44);
  memcpy (wav, "RIFF", 4);
  memcpy (wav + 4, &riff_size, 4);
  memcpy (wav + 8, "WAVEfmt ", 8);
  wav[16] = 16;                     /* the fmt chunk's size */
  wav[20] = 7;                      /* µ-law */
  wav[22] = 1;                      /* one channel */
  memcpy (wav + 24, &rate, 4);
  memcpy (wav + 28, &rate, 4);      /* bytes a second */
  wav[32] = 1;                      /* block align */
  wav[34] = 8;                      /* bits a sample */
  memcpy (wav + 36, "data", 4);
  memcpy (wav + 40, &data_size, 4);
  memset (wav + 44, 0xff, data_size);   /* µ-law silence */
  return (char *) wav;
}

static void
handle_cb (FlTestServer      *server,
           SoupServerMessage *message,
           const char        *path,
           gpointer           user_data)
{
  Spool *spool = user_data;
  const char *query = g_uri_get_query (soup_server_message_get_uri (message));
  g_autofree char *body = NULL;
  gsize length = 0;
  const char *type = "text/html";
  guint status = SOUP_STATUS_OK;

  g_mutex_lock (&spool->lock);
  if (g_str_has_prefix (path, "/auto/") && g_str_has_suffix (path, "/"))
    body = autoindex_page (spool, path + strlen ("/auto/"));
  else if (g_str_has_prefix (path, "/dav/") && soup_server_message_get_method (message) == SOUP_METHOD_PROPFIND)
    {
      body = dav_answer (spool, path + strlen ("/dav/"));
      status = SOUP_STATUS_MULTI_STATUS;
      type = "application/xml";
    }
  else if (g_str_equal (path, "/json/index.json"))
    {
      body = index_page (spool, query);
      type = "application/json";
    }
  else if (g_str_equal (path, "/garbage/index.json"))
    body = g_strdup ("<html><body>Welcome to nginx!</body></html>");
  else if (g_str_equal (path, "/unsafe/index.json"))
    body = g_strdup ("{\"recordings\": [{\"id\": \"a\", \"start\": \"2026-11-28T09:15:02Z\", \"url\": \"../../etc/passwd\"},"
                     " {\"id\": \"b\", \"start\": \"2026-11-28T09:15:02Z\", \"url\": \"%2e%2e/x.wav\"},"
                     " {\"id\": \"c\", \"start\": \"2026-11-28T09:15:02Z\", \"url\": \"http://evil.example/c.wav\"},"
                     " {\"id\": \"d\", \"start\": \"2026-11-28T09:15:02Z\", \"url\": \"d.wav\"}]}");
  else if (g_str_has_prefix (path, "/json/") && soup_server_message_get_method (message) == SOUP_METHOD_GET)
    for (guint i = 0; i < spool->files->len; i++)
      {
        SpoolFile *file = g_ptr_array_index (spool->files, i);

        if (g_str_equal (path + strlen ("/json/"), file->path))
          {
            body = make_wav (file->size);
            length = file->size;
            type = "audio/wav";
          }
      }
  if (spool->broken != NULL && g_str_has_suffix (path, spool->broken))
    {
      g_clear_pointer (&body, g_free);
      status = SOUP_STATUS_INTERNAL_SERVER_ERROR;
    }
  g_mutex_unlock (&spool->lock);
  if (body == NULL && status == SOUP_STATUS_OK)
    status = SOUP_STATUS_NOT_FOUND;
  if (body != NULL && length == 0)
    length = strlen (body);
  fl_test_server_respond (message, status, type, body != NULL ? body : "no", body != NULL ? length : 2);
}

static void
spool_setup (Spool         *spool,
             gconstpointer  data)
{
  fl_test_database_setup (&spool->db, data);
  g_mutex_init (&spool->lock);
  spool->files = g_ptr_array_new_with_free_func ((GDestroyNotify) spool_file_free);
  for (guint i = 0; i < G_N_ELEMENTS (first_names); i++)
    add_file (spool, first_names[i], 1000 + i);
  spool->server = fl_test_server_start (NULL, handle_cb, spool);
  spool->auditor = fl_test_session (FL_ROLE_QA_AUDITOR);
  spool->recordings = fl_recording_service_new (spool->db.database);
}

static void
spool_teardown (Spool         *spool,
                gconstpointer  data)
{
  fl_test_server_stop (spool->server);
  g_ptr_array_unref (spool->files);
  g_strfreev (spool->removed);
  g_free (spool->broken);
  g_free (spool->last_since);
  g_mutex_clear (&spool->lock);
  g_object_unref (spool->auditor);
  g_object_unref (spool->recordings);
  fl_test_database_teardown (&spool->db, data);
}

static gint64
add_source (Spool               *spool,
            const char          *folder,
            FlRemoteListingKind  kind)
{
  g_autoptr(FlRemoteSourceService) sources = fl_remote_source_service_new (spool->db.database);
  g_autoptr(FlSession) admin = fl_test_session (FL_ROLE_ADMIN);
  g_autoptr(GError) error = NULL;
  g_autofree char *url = g_strdup_printf ("%s/%s/", fl_test_server_get_base (spool->server), folder);
  FlRemoteSourceFields fields = { .name = (char *) folder, .kind = kind, .base_url = url, .active = TRUE };
  gint64 id = fl_remote_source_service_save (sources, admin, &fields, &error);

  g_assert_no_error (error);
  return id;
}

static FlImportSummary *
sync_source (Spool     *spool,
             gint64     source_id,
             gboolean   full,
             GError   **error)
{
  return fl_remote_sync_run (spool->db.database, spool->auditor, source_id, full, NULL, NULL, NULL, error);
}

static void
assert_counts (const FlImportSummary *summary,
               guint                  added,
               guint                  updated,
               guint                  unchanged,
               guint                  missing)
{
  g_assert_nonnull (summary);
  g_assert_cmpuint (summary->added, ==, added);
  g_assert_cmpuint (summary->updated, ==, updated);
  g_assert_cmpuint (summary->unchanged, ==, unchanged);
  g_assert_cmpuint (summary->missing, ==, missing);
}

static gint64
count (Spool      *spool,
       const char *sql)
{
  return fl_test_count_rows (spool->db.database, sql);
}

/* nginx's listing walked into its folders; names parsed as in a folder
 * import; a changed file (its time) updated; a deleted one flagged
 * missing with its evaluation kept; a folder that fails leaves everything
 * in place. */
static void
test_autoindex (Spool         *spool,
                gconstpointer  data)
{
  gint64 source = add_source (spool, "auto", FL_REMOTE_LISTING_AUTOINDEX);
  g_autoptr(GError) error = NULL;
  g_autoptr(FlImportSummary) first = sync_source (spool, source, FALSE, &error);
  g_autoptr(FlImportSummary) second = NULL;
  g_autoptr(FlImportSummary) third = NULL;
  g_autoptr(FlImportSummary) fourth = NULL;
  g_autofree char *url = NULL;

  g_assert_no_error (error);
  assert_counts (first, 3, 0, 0, 0);
  g_assert_cmpstr (first->source_name, ==, "auto");
  g_assert_cmpint (count (spool, "SELECT count(*) FROM recordings WHERE source_id IS NOT NULL AND "
                                 "agent_number = '1024' AND caller = '13900139000' "
                                 "AND started_at LIKE '2026-11-04T%' AND file_size = 1001"), ==, 1);
  url = g_strdup_printf ("SELECT count(*) FROM recordings WHERE path = '%s/auto/2026/11/"
                         "exten-1024-13900139000-20261104-101500-1762222500.7.wav' AND remote_url = path",
                         fl_test_server_get_base (spool->server));
  g_assert_cmpint (count (spool, url), ==, 1);
  g_assert_cmpint (count (spool, "SELECT count(*) FROM audit_log WHERE entity = 'recording_sources' "
                                 "AND action = 'sync'"), ==, 1);

  /* One file rewritten, one deleted; an evaluation hangs on the deleted one. */
  fl_test_exec (spool->db.database, "UPDATE recordings SET evaluation_state = 'submitted', score = 90 "
                                    "WHERE agent_number = '1023' AND direction = 'outbound'");
  g_mutex_lock (&spool->lock);
  find_file (spool, first_names[0])->size = 2000;
  g_ptr_array_remove_index (spool->files, 2);
  g_mutex_unlock (&spool->lock);
  second = sync_source (spool, source, FALSE, &error);
  g_assert_no_error (error);
  assert_counts (second, 0, 1, 1, 1);
  g_assert_cmpint (count (spool, "SELECT count(*) FROM recordings WHERE status = 'missing' AND score = 90"), ==, 1);
  g_assert_cmpint (count (spool, "SELECT count(*) FROM recordings"), ==, 3);

  /* A folder that fails: reported, and what it held is not taken for gone. */
  g_mutex_lock (&spool->lock);
  spool->broken = g_strdup ("/2026/");
  g_mutex_unlock (&spool->lock);
  third = sync_source (spool, source, FALSE, &error);
  g_assert_no_error (error);
  assert_counts (third, 0, 0, 1, 0);
  g_assert_cmpuint (third->failed->len, ==, 1);
  g_assert_cmpstr (((FlImportProblem *) g_ptr_array_index (third->failed, 0))->path, ==, "2026");
  g_assert_nonnull (strstr (((FlImportProblem *) g_ptr_array_index (third->failed, 0))->reason, "500"));

  /* Back again: the missing one reappears when it is listed. */
  g_mutex_lock (&spool->lock);
  g_clear_pointer (&spool->broken, g_free);
  g_mutex_unlock (&spool->lock);
  add_file (spool, first_names[2], 1002);
  fourth = sync_source (spool, source, FALSE, &error);
  g_assert_no_error (error);
  assert_counts (fourth, 0, 1, 2, 0);
  g_assert_cmpuint (fourth->reappeared, ==, 1);
  g_assert_cmpint (count (spool, "SELECT count(*) FROM recordings WHERE status = 'present'"), ==, 3);
}

/* WebDAV: the ETag tells a changed file when size and time do not. */
static void
test_webdav (Spool         *spool,
             gconstpointer  data)
{
  gint64 source = add_source (spool, "dav", FL_REMOTE_LISTING_WEBDAV);
  g_autoptr(GError) error = NULL;
  g_autoptr(FlImportSummary) first = sync_source (spool, source, FALSE, &error);
  g_autoptr(FlImportSummary) again = NULL;
  g_autoptr(FlImportSummary) changed = NULL;

  g_assert_no_error (error);
  assert_counts (first, 3, 0, 0, 0);
  g_assert_cmpint (count (spool, "SELECT count(*) FROM recordings WHERE remote_etag = '\"1001\"' "
                                 "AND file_size = 1000 AND file_mtime = 1795857487"), ==, 1);
  again = sync_source (spool, source, FALSE, &error);
  g_assert_no_error (error);
  assert_counts (again, 0, 0, 3, 0);

  /* What was read from the old file is forgotten with it. */
  fl_test_exec (spool->db.database, "UPDATE recordings SET codec = 'PCM', channels = 2, duration_ms = 5000");
  g_mutex_lock (&spool->lock);
  g_free (find_file (spool, first_names[1])->etag);
  find_file (spool, first_names[1])->etag = g_strdup ("\"rewritten\"");
  g_mutex_unlock (&spool->lock);
  changed = sync_source (spool, source, FALSE, &error);
  g_assert_no_error (error);
  assert_counts (changed, 0, 1, 2, 0);
  g_assert_cmpint (count (spool, "SELECT count(*) FROM recordings WHERE remote_etag = '\"rewritten\"' "
                                 "AND codec IS NULL AND channels IS NULL AND duration_ms IS NULL"), ==, 1);
  g_assert_cmpint (count (spool, "SELECT count(*) FROM recordings WHERE codec = 'PCM'"), ==, 2);
}

/* The JSON index: paged; then only what changed since, and the removed
 * ids; a full read flags whatever is not listed. */
static void
test_json_index (Spool         *spool,
                 gconstpointer  data)
{
  gint64 source = add_source (spool, "json", FL_REMOTE_LISTING_JSON);
  g_autoptr(GError) error = NULL;
  g_autoptr(FlImportSummary) first = sync_source (spool, source, FALSE, &error);
  g_autoptr(FlImportSummary) incremental = NULL;
  g_autoptr(FlImportSummary) full = NULL;
  g_autoptr(FlRemoteSourceService) sources = fl_remote_source_service_new (spool->db.database);
  g_autoptr(FlRemoteSource) after = NULL;
  g_autofree char *cursor = NULL;
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  g_assert_no_error (error);
  assert_counts (first, 3, 0, 0, 0);
  g_assert_null (spool->last_since);
  g_assert_cmpint (count (spool, "SELECT count(*) FROM recordings WHERE duration_ms = 61500 AND queue = 'billing' "
                                 "AND started_at = '2026-11-28T01:15:02Z' AND unique_id IS NOT NULL"), ==, 3);
  statement = fl_database_prepare (spool->db.database, "SELECT since_cursor FROM recording_sources", &error);
  g_assert_true (fl_database_step (spool->db.database, statement, &has_row, &error) && has_row);
  cursor = g_strdup ((const char *) sqlite3_column_text (statement, 0));
  g_assert_nonnull (cursor);

  /* A new recording, and one the server deleted. */
  add_file (spool, "2026/11/exten-1025-13600136000-20261105-080000-1762300800.9.wav", 4000);
  g_mutex_lock (&spool->lock);
  find_file (spool, "2026/11/exten-1025-13600136000-20261105-080000-1762300800.9.wav")->fresh = TRUE;
  spool->removed = g_strdupv ((char *[]) { (char *) "exten-1023-13800138000-20261103-091502-1762160102.101",
                                            (char *) "never-heard-of", NULL });
  g_mutex_unlock (&spool->lock);
  incremental = sync_source (spool, source, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (spool->last_since, ==, cursor);
  assert_counts (incremental, 1, 0, 0, 1);
  g_assert_cmpint (count (spool, "SELECT count(*) FROM recordings WHERE status = 'missing' "
                                 "AND unique_id LIKE 'exten-1023-%'"), ==, 1);

  /* A full read: the deleted file is still listed by this server, so it is back. */
  full = sync_source (spool, source, TRUE, &error);
  g_assert_no_error (error);
  g_assert_null (spool->last_since);
  assert_counts (full, 0, 1, 3, 0);

  after = fl_remote_source_service_get (sources, spool->auditor, source, &error);
  g_assert_no_error (error);
  g_assert_nonnull (fl_remote_source_get_fields (after)->last_sync_at);
  g_assert_null (fl_remote_source_get_fields (after)->last_error);
  g_assert_cmpint (fl_remote_source_get_fields (after)->n_changed, ==, 1);
  g_assert_cmpint (count (spool, "SELECT count(*) FROM audit_log WHERE entity = 'recording_sources' "
                                 "AND action = 'sync'"), ==, 3);
}

/* Garbage for an index: the error names the source's problem, and the
 * source keeps it for Preferences; links that leave the folder are refused. */
static void
test_bad_servers (Spool         *spool,
                  gconstpointer  data)
{
  gint64 garbage = add_source (spool, "garbage", FL_REMOTE_LISTING_JSON);
  gint64 unsafe = add_source (spool, "unsafe", FL_REMOTE_LISTING_JSON);
  gint64 gone = add_source (spool, "nothing-here", FL_REMOTE_LISTING_AUTOINDEX);
  g_autoptr(GError) error = NULL;
  g_autoptr(FlImportSummary) refused = NULL;
  g_autoptr(FlSession) lead = fl_test_session (FL_ROLE_TEAM_LEAD);
  g_autoptr(FlRemoteSourceService) sources = fl_remote_source_service_new (spool->db.database);
  g_autoptr(FlRemoteSource) after = NULL;

  g_assert_null (sync_source (spool, garbage, FALSE, &error));
  g_assert_error (error, FL_REMOTE_ERROR, FL_REMOTE_ERROR_GARBAGE);
  g_clear_error (&error);
  after = fl_remote_source_service_get (sources, spool->auditor, garbage, &error);
  g_assert_nonnull (strstr (fl_remote_source_get_fields (after)->last_error, "could not be read"));

  refused = sync_source (spool, unsafe, FALSE, &error);
  g_assert_no_error (error);
  assert_counts (refused, 1, 0, 0, 0);
  g_assert_cmpuint (refused->failed->len, ==, 3);
  g_assert_cmpint (count (spool, "SELECT count(*) FROM recordings WHERE path LIKE '%passwd%' "
                                 "OR path LIKE '%evil%' OR path LIKE '%x.wav'"), ==, 0);

  g_assert_null (sync_source (spool, gone, FALSE, &error));
  g_assert_error (error, FL_REMOTE_ERROR, FL_REMOTE_ERROR_HTTP);
  g_assert_nonnull (strstr (error->message, "404"));
  g_clear_error (&error);

  /* A team lead does not sync servers. */
  g_assert_null (fl_remote_sync_run (spool->db.database, lead, unsafe, FALSE, NULL, NULL, NULL, &error));
  g_assert_error (error, FL_SESSION_ERROR, FL_SESSION_ERROR_PERMISSION_DENIED);
}

static void
progress_cb (const FlImportProgress *progress,
             gpointer                user_data)
{
  *(FlImportProgress *) user_data = *progress;
}

static void
sync_done_cb (GObject      *source_object,
              GAsyncResult *result,
              gpointer      user_data)
{
  FlImportSummary **summary = user_data;
  g_autoptr(GError) error = NULL;

  *summary = fl_recording_service_import_finish (FL_RECORDING_SERVICE (source_object), result, &error);
  g_assert_no_error (error);
}

/* In the background, with progress on the caller's context. */
static void
test_in_background (Spool         *spool,
                    gconstpointer  data)
{
  gint64 source = add_source (spool, "auto", FL_REMOTE_LISTING_AUTOINDEX);
  FlImportSummary *summary = NULL;
  FlImportProgress progress = { FL_IMPORT_PHASE_READING_CDR, 0, 0, 0 };

  fl_recording_service_sync_async (spool->recordings, spool->auditor, source, FALSE, NULL, progress_cb, &progress,
                                   sync_done_cb, &summary);
  while (summary == NULL)
    g_main_context_iteration (NULL, TRUE);
  assert_counts (summary, 3, 0, 0, 0);
  g_assert_cmpint (progress.phase, ==, FL_IMPORT_PHASE_DONE);
  g_assert_cmpuint (progress.files_found, ==, 3);
  fl_import_summary_free (summary);
}

static void
download_progress_cb (goffset  received,
                      goffset  total,
                      gpointer user_data)
{
  *(goffset *) user_data = received;
}

static void
downloaded_cb (GObject      *source_object,
               GAsyncResult *result,
               gpointer      user_data)
{
  char **path = user_data;
  g_autoptr(GError) error = NULL;

  *path = fl_remote_download_recording_finish (result, &error);
  g_assert_no_error (error);
}

/* Opening a synced recording streams it from the server while it
 * downloads into the cache, in the background with progress; opening it
 * again plays the copy. */
static void
test_download (Spool         *spool,
               gconstpointer  data)
{
  gint64 source = add_source (spool, "json", FL_REMOTE_LISTING_JSON);
  g_autofree char *folder = fl_test_make_folder ();
  g_autoptr(FlRemoteCache) cache = fl_remote_cache_new (folder, FL_REMOTE_CACHE_DEFAULT_BYTES);
  g_autoptr(FlImportSummary) summary = sync_source (spool, source, FALSE, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *again = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(FlRemotePlayback) playback = NULL;
  gint64 id = count (spool, "SELECT id FROM recordings WHERE file_size = 1001");
  gint64 audits;
  goffset received = 0;
  gsize length = 0;
  guint requests;

  g_assert_cmpint (id, >, 0);
  /* As a directory listing would have it: no length, no format. */
  fl_test_exec (spool->db.database, "UPDATE recordings SET duration_ms = NULL, codec = NULL WHERE file_size = 1001");
  audits = fl_audit_count (spool->db.database, "recordings", id);
  playback = fl_remote_download_locate (spool->db.database, spool->auditor, id, cache, NULL, &error);
  g_assert_no_error (error);
  g_assert_null (playback->cached_path);
  g_assert_true (g_str_has_prefix (playback->url, fl_test_server_get_base (spool->server)));
  g_assert_cmpint (playback->auth, ==, FL_REMOTE_AUTH_NONE);
  g_assert_null (playback->secret);
  g_clear_pointer (&playback, fl_remote_playback_free);

  fl_remote_download_recording_async (spool->db.database, spool->auditor, id, cache, download_progress_cb, &received,
                                      NULL, downloaded_cb, &path);
  while (path == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (g_str_has_prefix (path, folder));
  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_cmpuint (length, ==, 1001);
  g_assert_cmpint (received, ==, 1001);
  /* The copy tells them: 957 bytes of 8 kHz µ-law are 119 ms. */
  g_assert_cmpint (count (spool, "SELECT duration_ms FROM recordings WHERE file_size = 1001"), ==, 119);
  g_assert_cmpint (count (spool, "SELECT count(*) FROM recordings WHERE file_size = 1001 AND codec = 'mulaw' "
                                 "AND channels = 1 AND sample_rate = 8000"), ==, 1);
  g_assert_cmpint (fl_audit_count (spool->db.database, "recordings", id), ==, audits + 1);

  requests = fl_test_server_get_count (spool->server);
  again = fl_remote_download_recording (spool->db.database, spool->auditor, id, cache, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (again, ==, path);
  playback = fl_remote_download_locate (spool->db.database, spool->auditor, id, cache, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (playback->cached_path, ==, path);
  g_assert_cmpuint (fl_test_server_get_count (spool->server), ==, requests);

  /* A folder's recording is not downloaded. */
  fl_test_exec (spool->db.database, "UPDATE recordings SET source_id = NULL WHERE id = (SELECT max(id) FROM recordings)");
  g_assert_null (fl_remote_download_recording (spool->db.database, spool->auditor,
                                               count (spool, "SELECT max(id) FROM recordings"), cache, NULL, NULL,
                                               NULL, &error));
  g_assert_error (error, FL_RECORDING_ERROR, FL_RECORDING_ERROR_NOT_FOUND);
  fl_test_remove_folder (folder);
}

static void
scheduled_cb (FlSyncScheduler *scheduler,
              gint64           source_id,
              gpointer         user_data)
{
  *(gint64 *) user_data = source_id;
}

static gboolean
quit_cb (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

/* On the interval: a source never synced is due; once synced, it waits
 * its interval; one not in use, or synced only when asked, never goes. */
static void
test_scheduler (Spool         *spool,
                gconstpointer  data)
{
  gint64 due = add_source (spool, "json", FL_REMOTE_LISTING_JSON);
  g_autoptr(FlSyncScheduler) scheduler = fl_sync_scheduler_new (spool->db.database, spool->auditor, 3600);
  gint64 synced = 0;
  gboolean waited = FALSE;

  add_source (spool, "auto", FL_REMOTE_LISTING_AUTOINDEX);
  fl_test_exec (spool->db.database, "UPDATE recording_sources SET sync_minutes = 0 WHERE name = 'auto'");
  fl_test_exec (spool->db.database, "UPDATE recording_sources SET sync_minutes = 30 WHERE name = 'json'");
  g_signal_connect (scheduler, "synced", G_CALLBACK (scheduled_cb), &synced);
  fl_sync_scheduler_check (scheduler);
  while (synced == 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (synced, ==, due);
  g_assert_cmpint (count (spool, "SELECT count(*) FROM recordings"), ==, 3);

  /* Not due again for 30 minutes; the other is synced only when asked. */
  synced = 0;
  fl_sync_scheduler_check (scheduler);
  g_timeout_add (300, quit_cb, &waited);
  while (!waited)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (synced, ==, 0);
  g_assert_cmpint (count (spool, "SELECT count(*) FROM audit_log WHERE action = 'sync'"), ==, 1);
}

/* `floorlead --sync-source @name --database PATH` without a display;
 * whether it exited with 0, and what it printed. */
static gboolean
sync_from_command_line (Spool       *spool,
                        const char  *binary,
                        const char  *name,
                        char       **out,
                        char       **err)
{
  g_auto(GStrv) env = fl_test_headless_environ ();
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char *[]) { (char *) binary, (char *) "--sync-source", (char *) name, (char *) "--database",
                                   spool->db.path, NULL },
                env, G_SPAWN_DEFAULT, NULL, NULL, out, err, &status, &error);
  g_assert_no_error (error);
  g_test_message ("%s%s", *out, *err);
  return g_spawn_check_wait_status (status, NULL);
}

/* `floorlead --sync-source NAME --database PATH`, as a nightly job. */
static void
test_command_line (Spool         *spool,
                   gconstpointer  data)
{
  const char *binary = g_getenv ("FLOORLEAD_BINARY");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *unknown_out = NULL;
  g_autofree char *unknown_err = NULL;

  if (binary == NULL)
    {
      g_test_skip ("FLOORLEAD_BINARY is not set");
      return;
    }
  add_source (spool, "json", FL_REMOTE_LISTING_JSON);
  g_assert_true (sync_from_command_line (spool, binary, "json", &out, &err));
  g_assert_nonnull (strstr (out, "Synced json"));
  g_assert_nonnull (strstr (out, "Added: 3"));

  g_assert_false (sync_from_command_line (spool, binary, "no such", &unknown_out, &unknown_err));
  g_assert_nonnull (strstr (unknown_err, "no recording source called “no such”"));
}

int
main (int   argc,
      char *argv[])
{
  fl_test_init (&argc, &argv);

#define ADD(name, func) g_test_add ("/remote-sync/" name, Spool, NULL, spool_setup, func, spool_teardown)
  ADD ("autoindex", test_autoindex);
  ADD ("webdav", test_webdav);
  ADD ("json-index", test_json_index);
  ADD ("bad-servers", test_bad_servers);
  ADD ("in-background", test_in_background);
  ADD ("download", test_download);
  ADD ("scheduler", test_scheduler);
  ADD ("command-line", test_command_line);
#undef ADD

  return g_test_run ();
}

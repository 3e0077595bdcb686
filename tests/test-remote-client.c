/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-remote-client"

#include <glib/gstdio.h>
#include <libsoup/soup.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "fl-remote-cache.h"
#include "fl-remote-client.h"
#include "fl-remote-listing.h"
#include "fl-test-server.h"
#include "fl-test-util.h"

#define RECORDING_ETAG "\"v1\""

/* The recording server the client talks to: a real SoupServer on
 * loopback (see fl-test-server.h). */
typedef struct
{
  FlTestServer    *server;
  char            *base;          /* "http://127.0.0.1:PORT" or https */
  GTlsCertificate *certificate;   /* for HTTPS, or NULL */
  char            *folder;        /* the certificates' */
  GMutex           lock;
  GBytes          *recording;     /* what /recording.wav serves */
  char            *last_range;    /* the Range header of its last request, or NULL */
  guint            busy_left;     /* times /busy answers 503 before 200 */
} TestServer;

static gboolean
answer_late_cb (gpointer data)
{
  SoupServerMessage *message = data;

  soup_server_message_set_status (message, SOUP_STATUS_OK, NULL);
  soup_server_message_set_response (message, "text/plain", SOUP_MEMORY_STATIC, "late", 4);
  soup_server_message_unpause (message);
  return G_SOURCE_REMOVE;
}

static void
respond (SoupServerMessage *message,
         guint              status,
         const char        *text)
{
  fl_test_server_respond (message, status, "text/plain", text, strlen (text));
}

static void
redirect (SoupServerMessage *message,
          const char        *location)
{
  soup_server_message_set_status (message, SOUP_STATUS_FOUND, NULL);
  soup_message_headers_replace (soup_server_message_get_response_headers (message), "Location", location);
}

/* The recording, whole or from the byte a Range asks for, as a server
 * that resumes downloads does. */
static void
serve_recording (TestServer        *test,
                 SoupServerMessage *message)
{
  SoupMessageHeaders *request = soup_server_message_get_request_headers (message);
  const char *if_range = soup_message_headers_get_one (request, "If-Range");
  const char *range;
  gsize size = g_bytes_get_size (test->recording);
  goffset from = 0;

  /* libsoup's server answers Range itself but ignores If-Range: another
   * version is sent whole. */
  if (if_range != NULL && !g_str_equal (if_range, RECORDING_ETAG))
    soup_message_headers_remove (request, "Range");
  range = soup_message_headers_get_one (request, "Range");
  g_mutex_lock (&test->lock);
  g_free (test->last_range);
  test->last_range = g_strdup (range);
  g_mutex_unlock (&test->lock);
  if (range != NULL && sscanf (range, "bytes=%" G_GINT64_FORMAT "-", &from) == 1)
    {
      g_autofree char *content_range = NULL;

      if (from >= (goffset) size)
        {
          soup_server_message_set_status (message, SOUP_STATUS_REQUESTED_RANGE_NOT_SATISFIABLE, NULL);
          return;
        }
      content_range = g_strdup_printf ("bytes %" G_GOFFSET_FORMAT "-%" G_GSIZE_FORMAT "/%" G_GSIZE_FORMAT, from,
                                       size - 1, size);
      soup_message_headers_replace (soup_server_message_get_response_headers (message), "Content-Range",
                                    content_range);
      soup_server_message_set_status (message, SOUP_STATUS_PARTIAL_CONTENT, NULL);
    }
  else
    soup_server_message_set_status (message, SOUP_STATUS_OK, NULL);
  soup_message_headers_replace (soup_server_message_get_response_headers (message), "ETag", RECORDING_ETAG);
  soup_server_message_set_response (message, "audio/wav", SOUP_MEMORY_COPY,
                                    (const char *) g_bytes_get_data (test->recording, NULL) + from, size - from);
}

static void
handle_cb (FlTestServer      *server,
           SoupServerMessage *message,
           const char        *path,
           gpointer           user_data)
{
  TestServer *test = user_data;
  const char *authorization = soup_message_headers_get_one (soup_server_message_get_request_headers (message),
                                                            "Authorization");

  if (g_str_equal (path, "/ok"))
    respond (message, SOUP_STATUS_OK, "hello");
  else if (g_str_equal (path, "/basic"))
    /* agent:s3cret */
    respond (message, g_strcmp0 (authorization, "Basic YWdlbnQ6czNjcmV0") == 0 ? 200 : 401, "basic");
  else if (g_str_equal (path, "/bearer"))
    respond (message, g_strcmp0 (authorization, "Bearer t0ken") == 0 ? 200 : 401, "bearer");
  else if (g_str_equal (path, "/broken"))
    respond (message, SOUP_STATUS_INTERNAL_SERVER_ERROR, "oops");
  else if (g_str_equal (path, "/busy"))
    {
      g_mutex_lock (&test->lock);
      respond (message, test->busy_left > 0 ? SOUP_STATUS_SERVICE_UNAVAILABLE : SOUP_STATUS_OK, "busy");
      test->busy_left = test->busy_left > 0 ? test->busy_left - 1 : 0;
      g_mutex_unlock (&test->lock);
    }
  else if (g_str_equal (path, "/slow"))
    {
      g_autoptr(GSource) source = g_timeout_source_new (2500);

      soup_server_message_pause (message);
      g_source_set_callback (source, answer_late_cb, message, NULL);
      g_source_attach (source, fl_test_server_get_context (server));
    }
  else if (g_str_equal (path, "/big"))
    {
      g_autofree char *big = g_malloc0 (2 * 1024 * 1024 + 1);

      memset (big, 'x', 2 * 1024 * 1024);
      respond (message, SOUP_STATUS_OK, big);
    }
  else if (g_str_equal (path, "/recording.wav"))
    serve_recording (test, message);
  else if (g_str_equal (path, "/hop"))
    redirect (message, "/ok");
  else if (g_str_equal (path, "/loop"))
    redirect (message, "/loop");
  else if (g_str_equal (path, "/away"))
    redirect (message, "http://elsewhere.invalid/ok");
  else if (g_str_equal (path, "/propfind"))
    respond (message, soup_server_message_get_method (message) == SOUP_METHOD_PROPFIND &&
                        g_strcmp0 (soup_message_headers_get_one (soup_server_message_get_request_headers (message),
                                                                 "Depth"), "1") == 0 ? 207 : 400,
             "<multistatus/>");
  else
    respond (message, SOUP_STATUS_NOT_FOUND, "not here");
}

static void
server_start (TestServer    *test,
              gconstpointer  data)
{
  guint8 *recording = g_malloc (300 * 1024);

  for (guint i = 0; i < 300 * 1024; i++)
    recording[i] = (guint8) (i * 7 + i / 1024);
  test->recording = g_bytes_new_take (recording, 300 * 1024);
  g_mutex_init (&test->lock);
  test->server = fl_test_server_start (test->certificate, handle_cb, test);
  test->base = g_strdup (fl_test_server_get_base (test->server));
}

/* A CA of the center's own and the server's certificate it signed (see
 * fl-test-server.h). */
static void
https_server_start (TestServer    *test,
                    gconstpointer  data)
{
  test->folder = fl_test_server_make_certificates (&test->certificate);
  server_start (test, data);
}

static void
server_stop (TestServer    *test,
             gconstpointer  data)
{
  fl_test_server_stop (test->server);
  g_mutex_clear (&test->lock);
  g_free (test->base);
  g_free (test->last_range);
  g_bytes_unref (test->recording);
  g_clear_object (&test->certificate);
  if (test->folder != NULL)
    fl_test_server_remove_certificates (test->folder);
  g_free (test->folder);
}

/* GET @path with @options; the body as text, or NULL with @error. */
static char *
fetch (TestServer                  *test,
       const FlRemoteClientOptions *options,
       const char                  *path,
       gsize                        max_bytes,
       GError                     **error)
{
  g_autoptr(FlRemoteClient) client = fl_remote_client_new (options, error);
  g_autofree char *url = g_strconcat (test->base, path, NULL);
  g_autoptr(GBytes) body = NULL;

  g_assert_nonnull (client);
  body = fl_remote_client_fetch (client, "GET", url, NULL, NULL, max_bytes, NULL, error);
  return body != NULL ? g_strndup (g_bytes_get_data (body, NULL), g_bytes_get_size (body)) : NULL;
}

static void
assert_fails (TestServer                  *test,
              const FlRemoteClientOptions *options,
              const char                  *path,
              FlRemoteError                code,
              const char                  *in_message)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = fetch (test, options, path, 1024 * 1024, &error);

  g_assert_null (text);
  g_assert_error (error, FL_REMOTE_ERROR, (int) code);
  if (strstr (error->message, in_message) == NULL)
    g_error ("“%s” does not say “%s”", error->message, in_message);
}

static void
test_answers (TestServer    *test,
              gconstpointer  data)
{
  FlRemoteClientOptions plain = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *ok = fetch (test, &plain, "/ok", 1024, &error);
  g_autofree char *hopped = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (ok, ==, "hello");
  hopped = fetch (test, &plain, "/hop", 1024, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hopped, ==, "hello");
  assert_fails (test, &plain, "/missing", FL_REMOTE_ERROR_HTTP, "404 Not Found");
  assert_fails (test, &plain, "/broken", FL_REMOTE_ERROR_HTTP, "500 Internal Server Error");
  assert_fails (test, &plain, "/big", FL_REMOTE_ERROR_TOO_BIG, "more than 1 MB");
  assert_fails (test, &plain, "/loop", FL_REMOTE_ERROR_REDIRECT, "more than 5 redirects");
  assert_fails (test, &plain, "/away", FL_REMOTE_ERROR_REDIRECT, "elsewhere.invalid");
}

static void
test_credentials (TestServer    *test,
                  gconstpointer  data)
{
  FlRemoteClientOptions none = { 0 };
  FlRemoteClientOptions basic = { .auth = FL_REMOTE_AUTH_BASIC, .user = "agent", .secret = "s3cret" };
  FlRemoteClientOptions wrong = { .auth = FL_REMOTE_AUTH_BASIC, .user = "agent", .secret = "guess", .retries = 3 };
  FlRemoteClientOptions bearer = { .auth = FL_REMOTE_AUTH_BEARER, .secret = "t0ken" };
  FlRemoteClientOptions stale = { .auth = FL_REMOTE_AUTH_BEARER, .secret = "expired" };
  g_autoptr(GError) error = NULL;
  g_autofree char *signed_in = fetch (test, &basic, "/basic", 1024, &error);
  g_autofree char *with_token = NULL;
  guint requests;

  g_assert_no_error (error);
  g_assert_cmpstr (signed_in, ==, "basic");
  with_token = fetch (test, &bearer, "/bearer", 1024, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (with_token, ==, "bearer");
  /* Wrong credentials are asked once, not again and again. */
  requests = fl_test_server_get_count (test->server);
  assert_fails (test, &wrong, "/basic", FL_REMOTE_ERROR_CREDENTIALS, "refused the source's user name");
  g_assert_cmpuint (fl_test_server_get_count (test->server), ==, requests + 1);
  assert_fails (test, &stale, "/bearer", FL_REMOTE_ERROR_CREDENTIALS, "(401)");
  assert_fails (test, &none, "/basic", FL_REMOTE_ERROR_CREDENTIALS, "asks for a user name");
}

/* A stalled server: given up on after the timeout, the server still busy. */
static void
test_timeout (TestServer    *test,
              gconstpointer  data)
{
  FlRemoteClientOptions impatient = { .timeout = 1 };
  gint64 started = g_get_monotonic_time ();

  assert_fails (test, &impatient, "/slow", FL_REMOTE_ERROR_NETWORK, "did not answer in time");
  g_assert_cmpint (g_get_monotonic_time () - started, <, 2400 * 1000);
}

/* A busy server (503) is asked again after 20 ms, then 40 ms; one that
 * stays busy fails with its status. */
static void
test_retries (TestServer    *test,
              gconstpointer  data)
{
  FlRemoteClientOptions patient = { .retries = 2, .retry_delay = 20 };
  FlRemoteClientOptions hasty = { .retries = 1, .retry_delay = 20 };
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  guint requests = fl_test_server_get_count (test->server);
  gint64 started = g_get_monotonic_time ();

  test->busy_left = 2;
  text = fetch (test, &patient, "/busy", 1024, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, "busy");
  g_assert_cmpuint (fl_test_server_get_count (test->server), ==, requests + 3);
  g_assert_cmpint (g_get_monotonic_time () - started, >=, 60 * 1000);

  test->busy_left = 2;
  requests = fl_test_server_get_count (test->server);
  assert_fails (test, &hasty, "/busy", FL_REMOTE_ERROR_HTTP, "503");
  g_assert_cmpuint (fl_test_server_get_count (test->server), ==, requests + 2);
}

static void
test_propfind (TestServer    *test,
               gconstpointer  data)
{
  static const char * const depth[] = { "Depth: 1", NULL };
  FlRemoteClientOptions plain = { 0 };
  g_autoptr(FlRemoteClient) client = fl_remote_client_new (&plain, NULL);
  g_autofree char *url = g_strconcat (test->base, "/propfind", NULL);
  g_autoptr(GBytes) request = g_bytes_new_static ("<propfind xmlns=\"DAV:\"><allprop/></propfind>", 44);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) answer = fl_remote_client_fetch (client, "PROPFIND", url, depth, request, 1024, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (g_bytes_get_size (answer), ==, strlen ("<multistatus/>"));
}

/* A server with the center's own CA: refused by default, never "accepted
 * anyway"; trusted with the CA's file. */
static void
test_https (TestServer    *test,
            gconstpointer  data)
{
  g_autofree char *ca = g_build_filename (test->folder, "ca.pem", NULL);
  FlRemoteClientOptions trusting = { .ca_file = ca };
  FlRemoteClientOptions plain = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  assert_fails (test, &plain, "/ok", FL_REMOTE_ERROR_CERTIFICATE, "is not trusted");
  text = fetch (test, &trusting, "/ok", 1024, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, "hello");
}

static void
cancel_after_a_third_cb (goffset  received,
                         goffset  total,
                         gpointer user_data)
{
  if (received > 100 * 1024)
    g_cancellable_cancel (user_data);
}

static void
assert_downloaded (TestServer *test,
                   const char *path)
{
  g_autofree char *contents = NULL;
  g_autofree char *part = g_strconcat (path, ".part", NULL);
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpmem (contents, length, g_bytes_get_data (test->recording, NULL), g_bytes_get_size (test->recording));
  g_assert_false (g_file_test (part, G_FILE_TEST_EXISTS));
}

/* An interrupted download resumes where it stopped; a part the server
 * cannot continue starts over; a file shorter than the index said never
 * takes the recording's name. */
static void
test_download (TestServer    *test,
               gconstpointer  data)
{
  FlRemoteClientOptions plain = { 0 };
  g_autoptr(FlRemoteClient) client = fl_remote_client_new (&plain, NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_dir_make_tmp ("floorlead-download-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (folder, "call.wav", NULL);
  g_autofree char *part = g_strconcat (path, ".part", NULL);
  g_autofree char *url = g_strconcat (test->base, "/recording.wav", NULL);
  g_autofree char *missing = g_strconcat (test->base, "/gone.wav", NULL);
  gint64 size = (gint64) g_bytes_get_size (test->recording);
  g_autofree char *part_contents = NULL;
  g_autofree char *longer = g_strnfill (g_bytes_get_size (test->recording) + 10, 'z');
  gsize part_length = 0;

  g_assert_false (fl_remote_client_download (client, url, path, size, NULL, cancel_after_a_third_cb, cancellable,
                                             cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_get_contents (part, &part_contents, &part_length, NULL));
  g_assert_cmpuint (part_length, >, 100 * 1024);
  g_assert_cmpuint (part_length, <, (gsize) size);

  g_assert_true (fl_remote_client_download (client, url, path, size, NULL, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (test->last_range, "bytes="));
  g_assert_cmpint (g_ascii_strtoll (test->last_range + strlen ("bytes="), NULL, 10), ==, (gint64) part_length);
  assert_downloaded (test, path);

  /* A part longer than the file: 416, then the whole file again. */
  g_remove (path);
  g_file_set_contents (part, longer, size + 10, NULL);
  g_assert_true (fl_remote_client_download (client, url, path, size, NULL, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  assert_downloaded (test, path);

  /* A part of another version: with If-Range the server sends the file whole. */
  g_remove (path);
  g_file_set_contents (part, "old version", -1, NULL);
  g_assert_true (fl_remote_client_download (client, url, path, size, "\"v0\"", NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  assert_downloaded (test, path);

  /* The index said more than the server has: not kept as the recording. */
  g_remove (path);
  g_assert_false (fl_remote_client_download (client, url, path, size + 1, NULL, NULL, NULL, NULL, &error));
  g_assert_error (error, FL_REMOTE_ERROR, FL_REMOTE_ERROR_NETWORK);
  g_clear_error (&error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_false (fl_remote_client_download (client, missing, path, -1, NULL, NULL, NULL, NULL, &error));
  g_assert_error (error, FL_REMOTE_ERROR, FL_REMOTE_ERROR_HTTP);
  g_remove (part);
  g_rmdir (folder);
}

/* The cache: a copy downloaded once, used while it is the version the
 * library knows and whole, replaced otherwise; the least recently opened
 * removed first; nothing kept outside its folder. */
static void
test_cache (TestServer    *test,
            gconstpointer  data)
{
  FlRemoteClientOptions plain = { 0 };
  g_autoptr(FlRemoteClient) client = fl_remote_client_new (&plain, NULL);
  g_autofree char *folder = g_dir_make_tmp ("floorlead-cache-XXXXXX", NULL);
  g_autoptr(FlRemoteCache) cache = fl_remote_cache_new (folder, 700 * 1024);
  g_autofree char *url = g_strconcat (test->base, "/recording.wav", NULL);
  gint64 size = (gint64) g_bytes_get_size (test->recording);
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *again = NULL;
  g_autofree char *second = NULL;
  g_autofree char *third = NULL;
  g_autofree char *fourth = NULL;
  guint requests;

  g_assert_null (fl_remote_cache_lookup (cache, 1, "2026/11/a.wav", size, RECORDING_ETAG));
  first = fl_remote_cache_fetch (cache, client, 1, url, "2026/11/a.wav", size, RECORDING_ETAG, NULL, NULL, NULL,
                                 &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (first, folder));
  g_assert_true (g_str_has_suffix (first, "/1/2026/11/a.wav"));
  assert_downloaded (test, first);

  /* Opened again: from the cache, the server not asked. */
  requests = fl_test_server_get_count (test->server);
  again = fl_remote_cache_fetch (cache, client, 1, url, "2026/11/a.wav", size, RECORDING_ETAG, NULL, NULL, NULL,
                                 &error);
  g_assert_cmpstr (again, ==, first);
  g_assert_cmpuint (fl_test_server_get_count (test->server), ==, requests);

  /* Another version on the server, or a copy cut short: not used. */
  g_assert_null (fl_remote_cache_lookup (cache, 1, "2026/11/a.wav", size, "\"v2\""));
  g_assert_false (g_file_test (first, G_FILE_TEST_EXISTS));
  g_clear_pointer (&again, g_free);
  again = fl_remote_cache_fetch (cache, client, 1, url, "2026/11/a.wav", size, RECORDING_ETAG, NULL, NULL, NULL,
                                 &error);
  g_assert_no_error (error);
  g_assert_true (truncate (again, 1000) == 0);
  g_assert_null (fl_remote_cache_lookup (cache, 1, "2026/11/a.wav", size, RECORDING_ETAG));
  g_clear_pointer (&again, g_free);
  again = fl_remote_cache_fetch (cache, client, 1, url, "2026/11/a.wav", size, RECORDING_ETAG, NULL, NULL, NULL,
                                 &error);
  assert_downloaded (test, again);

  /* 700 KB hold two 300 KB copies: the least recently opened goes. */
  second = fl_remote_cache_fetch (cache, client, 1, url, "b.wav", size, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_usleep (1100 * 1000);
  g_free (fl_remote_cache_lookup (cache, 1, "2026/11/a.wav", size, RECORDING_ETAG));
  third = fl_remote_cache_fetch (cache, client, 2, url, "c.wav", size, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_test (again, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (second, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (third, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (fl_remote_cache_trim (cache, NULL), <=, 700 * 1024);

  /* A name that would leave the cache is refused before anything is asked. */
  requests = fl_test_server_get_count (test->server);
  g_assert_null (fl_remote_cache_fetch (cache, client, 1, url, "../../escape.wav", size, NULL, NULL, NULL, NULL,
                                        &error));
  g_assert_error (error, FL_REMOTE_ERROR, FL_REMOTE_ERROR_UNSAFE_NAME);
  g_clear_error (&error);
  g_assert_null (fl_remote_cache_fetch (cache, client, 1, url, "/etc/passwd", size, NULL, NULL, NULL, NULL, &error));
  g_assert_error (error, FL_REMOTE_ERROR, FL_REMOTE_ERROR_UNSAFE_NAME);
  g_assert_cmpuint (fl_test_server_get_count (test->server), ==, requests);

  fl_remote_cache_set_max_bytes (cache, 0);
  fourth = g_strdup (third);
  g_assert_cmpuint (fl_remote_cache_trim (cache, NULL), ==, 0);
  g_assert_false (g_file_test (fourth, G_FILE_TEST_EXISTS));
  fl_test_remove_folder (folder);
}

static void
test_bad_input (void)
{
  FlRemoteClientOptions no_ca = { .ca_file = "/nonexistent/ca.pem" };
  FlRemoteClientOptions plain = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(FlRemoteClient) client = NULL;

  g_assert_null (fl_remote_client_new (&no_ca, &error));
  g_assert_error (error, FL_REMOTE_ERROR, FL_REMOTE_ERROR_CERTIFICATE);
  g_clear_error (&error);
  client = fl_remote_client_new (&plain, &error);
  g_assert_null (fl_remote_client_fetch (client, "GET", "ftp://x/y", NULL, NULL, 10, NULL, &error));
  g_assert_error (error, FL_REMOTE_ERROR, FL_REMOTE_ERROR_NETWORK);
  g_clear_error (&error);
  g_assert_null (fl_remote_client_fetch (client, "GET", "not a url", NULL, NULL, 10, NULL, &error));
  g_assert_error (error, FL_REMOTE_ERROR, FL_REMOTE_ERROR_NETWORK);
}

int
main (int   argc,
      char *argv[])
{
  fl_test_init (&argc, &argv);

#define ADD(name, func) g_test_add ("/remote-client/" name, TestServer, NULL, server_start, func, server_stop)
  ADD ("answers", test_answers);
  ADD ("credentials", test_credentials);
  ADD ("timeout", test_timeout);
  ADD ("retries", test_retries);
  ADD ("propfind", test_propfind);
  ADD ("download", test_download);
  ADD ("cache", test_cache);
  g_test_add ("/remote-client/https", TestServer, NULL, https_server_start, test_https, server_stop);
#undef ADD
  g_test_add_func ("/remote-client/bad-input", test_bad_input);

  return g_test_run ();
}

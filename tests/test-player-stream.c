/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-player-stream"

#include <libsoup/soup.h>
#include <string.h>

#include "fl-player.h"
#include "fl-test-media.h"
#include "fl-test-server.h"
#include "fl-test-util.h"

#define WAIT_LIMIT_US   (20 * G_USEC_PER_SEC)
#define FIRST_BYTES     (64 * 1024)    /* two seconds of the recording */
#define TRICKLE_BYTES   (16 * 1024)    /* then half a second of it … */
#define TRICKLE_MS      250            /* … every quarter of a second */

/* A recording server on loopback that sends a long call (70 s, 2.2 MB) as
 * a slow one would: the first two seconds, then a little at a time, so
 * that playing can only start early if it streams. /basic wants
 * agent:s3cret, /bearer the token t0ken, /open nothing. */
typedef struct
{
  FlTestServer *server;
  char         *folder;       /* the certificates', for HTTPS */
  GBytes       *recording;
  gint          bytes_sent;   /* atomic */
  FlPlayer     *player;
  GError       *error;
} Test;

typedef struct
{
  Test              *test;
  SoupServerMessage *message;
  gsize              offset;
} Trickle;

static gboolean
trickle_cb (gpointer data)
{
  Trickle *trickle = data;
  gsize size = g_bytes_get_size (trickle->test->recording);
  gsize length = MIN (TRICKLE_BYTES, size - trickle->offset);
  SoupMessageBody *body = soup_server_message_get_response_body (trickle->message);

  soup_message_body_append (body, SOUP_MEMORY_COPY,
                            (const char *) g_bytes_get_data (trickle->test->recording, NULL) + trickle->offset,
                            length);
  trickle->offset += length;
  g_atomic_int_add (&trickle->test->bytes_sent, (gint) length);
  if (trickle->offset == size)
    soup_message_body_complete (body);
  soup_server_message_unpause (trickle->message);
  return trickle->offset < size ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

static void
finished_cb (SoupServerMessage *message,
             GSource           *source)
{
  g_source_destroy (source);
}

static void
send_slowly (Test              *test,
             FlTestServer      *server,
             SoupServerMessage *message)
{
  Trickle *trickle = g_new0 (Trickle, 1);
  g_autoptr(GSource) source = g_timeout_source_new (TRICKLE_MS);

  trickle->test = test;
  trickle->message = message;
  trickle->offset = FIRST_BYTES;
  soup_server_message_set_status (message, SOUP_STATUS_OK, NULL);
  soup_message_headers_set_encoding (soup_server_message_get_response_headers (message), SOUP_ENCODING_CHUNKED);
  soup_message_headers_set_content_type (soup_server_message_get_response_headers (message), "audio/wav", NULL);
  soup_message_body_append (soup_server_message_get_response_body (message), SOUP_MEMORY_COPY,
                            g_bytes_get_data (test->recording, NULL), FIRST_BYTES);
  g_atomic_int_add (&test->bytes_sent, FIRST_BYTES);
  g_source_set_callback (source, trickle_cb, trickle, g_free);
  g_source_attach (source, fl_test_server_get_context (server));
  /* The player hangs up when it is done: no more to send. */
  g_signal_connect (message, "finished", G_CALLBACK (finished_cb), source);
}

static void
handle_cb (FlTestServer      *server,
           SoupServerMessage *message,
           const char        *path,
           gpointer           user_data)
{
  Test *test = user_data;
  const char *authorization = soup_message_headers_get_one (soup_server_message_get_request_headers (message),
                                                            "Authorization");
  gboolean allowed;

  if (g_str_equal (path, "/basic/call.wav"))
    /* agent:s3cret */
    allowed = g_strcmp0 (authorization, "Basic YWdlbnQ6czNjcmV0") == 0;
  else if (g_str_equal (path, "/bearer/call.wav"))
    allowed = g_strcmp0 (authorization, "Bearer t0ken") == 0;
  else if (g_str_equal (path, "/open/call.wav"))
    allowed = TRUE;
  else if (g_str_equal (path, "/moved/call.wav"))
    {
      soup_server_message_set_redirect (message, SOUP_STATUS_FOUND, "/open/call.wav");
      return;
    }
  else
    {
      fl_test_server_respond (message, SOUP_STATUS_NOT_FOUND, "text/plain", "not here", 8);
      return;
    }

  if (!allowed)
    {
      soup_message_headers_replace (soup_server_message_get_response_headers (message), "WWW-Authenticate",
                                    "Basic realm=\"recordings\"");
      fl_test_server_respond (message, SOUP_STATUS_UNAUTHORIZED, "text/plain", "who are you", 11);
      return;
    }
  send_slowly (test, server, message);
}

static void
error_cb (FlPlayer *player,
          GError   *error,
          Test     *test)
{
  g_clear_error (&test->error);
  test->error = g_error_copy (error);
}

static void
start (Test            *test,
       GTlsCertificate *certificate)
{
  g_autofree char *path = fl_test_media_path ("long-pcm.wav");
  g_autoptr(GError) error = NULL;
  char *contents;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (length, >, 20 * FIRST_BYTES);
  test->recording = g_bytes_new_take (contents, length);
  test->server = fl_test_server_start (certificate, handle_cb, test);
  test->player = fl_player_new ();
  g_signal_connect (test->player, "error", G_CALLBACK (error_cb), test);
}

static void
test_setup (Test          *test,
            gconstpointer  data)
{
  memset (test, 0, sizeof *test);
  start (test, NULL);
}

/* HTTPS with a certificate from a CA of the center's own. */
static void
test_setup_https (Test          *test,
                  gconstpointer  data)
{
  g_autoptr(GTlsCertificate) certificate = NULL;

  memset (test, 0, sizeof *test);
  test->folder = fl_test_server_make_certificates (&certificate);
  start (test, certificate);
}

static void
test_teardown (Test          *test,
               gconstpointer  data)
{
  g_clear_object (&test->player);
  fl_test_server_stop (test->server);
  g_bytes_unref (test->recording);
  g_clear_error (&test->error);
  if (test->folder != NULL)
    fl_test_server_remove_certificates (test->folder);
  g_free (test->folder);
}

static char *
address (Test       *test,
         const char *path)
{
  return g_strconcat (fl_test_server_get_base (test->server), path, NULL);
}

/* Runs the main loop until the player is ready, playing past @position
 * or failed; FALSE if it failed. */
static gboolean
wait_until (Test   *test,
            gint64  position)
{
  gint64 limit = g_get_monotonic_time () + WAIT_LIMIT_US;

  while (test->error == NULL &&
         (fl_player_get_state (test->player) == FL_PLAYER_STATE_STOPPED ||
          fl_player_get_position (test->player) < position))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, limit);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
  return test->error == NULL;
}

/* Signed in with Basic, the call plays a second in while the server has
 * sent only a few seconds of its seventy. */
static void
test_starts_before_the_whole_arrives (Test          *test,
                                      gconstpointer  data)
{
  g_autofree char *uri = address (test, "/basic/call.wav");
  const FlPlayerHttpAccess access = { .user = "agent", .password = "s3cret" };
  gint64 opened = g_get_monotonic_time ();
  gint sent;

  fl_player_open_uri (test->player, uri, &access);
  g_assert_true (wait_until (test, 0));
  g_test_message ("ready %.0f ms after opening, %d of %" G_GSIZE_FORMAT " bytes sent",
                  (g_get_monotonic_time () - opened) / 1000.0, g_atomic_int_get (&test->bytes_sent),
                  g_bytes_get_size (test->recording));
  g_assert_cmpstr (fl_player_get_path (test->player), ==, uri);

  fl_player_play (test->player);
  g_assert_true (wait_until (test, GST_SECOND));
  sent = g_atomic_int_get (&test->bytes_sent);
  g_test_message ("playing at 1 s with %d bytes sent", sent);
  g_assert_cmpint (sent, <, (gint) g_bytes_get_size (test->recording) / 5);
  g_assert_cmpint (fl_player_get_state (test->player), ==, FL_PLAYER_STATE_PLAYING);
  g_assert_cmpuint (fl_player_get_n_channels (test->player), ==, 2);
}

static void
test_bearer_token (Test          *test,
                   gconstpointer  data)
{
  g_autofree char *uri = address (test, "/bearer/call.wav");
  const FlPlayerHttpAccess access = { .token = "t0ken" };

  fl_player_open_uri (test->player, uri, &access);
  g_assert_true (wait_until (test, 0));
}

/* A wrong password is an error that says the stream failed, as is a
 * redirect: never followed, so none can lead from HTTPS to HTTP. */
static void
test_refused (Test          *test,
              gconstpointer  data)
{
  static const struct
  {
    const char         *path;
    FlPlayerHttpAccess  access;
  } refused[] = {
    { "/basic/call.wav", { .user = "agent", .password = "wrong" } },
    { "/bearer/call.wav", { NULL } },
    { "/moved/call.wav", { NULL } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autofree char *uri = address (test, refused[i].path);

      g_clear_error (&test->error);
      fl_player_open_uri (test->player, uri, &refused[i].access);
      g_assert_false (wait_until (test, 0));
      g_test_message ("%s: %s", refused[i].path, test->error->message);
      g_assert_error (test->error, FL_MEDIA_ERROR, FL_MEDIA_ERROR_UNREADABLE);
      g_assert_nonnull (strstr (test->error->message, "streamed from its server"));
      g_assert_cmpint (fl_player_get_state (test->player), ==, FL_PLAYER_STATE_STOPPED);
    }
}

/* The server's certificate is checked, never ignored: refused while the
 * player trusts only the system's authorities, or when the source's CA
 * file cannot be read; accepted with the CA the source names. */
static void
test_https_needs_its_ca (Test          *test,
                         gconstpointer  data)
{
  g_autofree char *uri = address (test, "/basic/call.wav");
  g_autofree char *ca_file = g_build_filename (test->folder, "ca.pem", NULL);
  FlPlayerHttpAccess access = { .user = "agent", .password = "s3cret" };

  g_assert_true (g_str_has_prefix (uri, "https://"));
  fl_player_open_uri (test->player, uri, &access);
  g_assert_false (wait_until (test, 0));
  g_test_message ("without the CA: %s", test->error->message);
  g_assert_error (test->error, FL_MEDIA_ERROR, FL_MEDIA_ERROR_UNREADABLE);

  /* A CA file that cannot be read trusts nothing else instead. */
  g_clear_error (&test->error);
  access.ca_file = "/nonexistent/ca.pem";
  fl_player_open_uri (test->player, uri, &access);
  g_assert_false (wait_until (test, 0));
  g_assert_nonnull (strstr (test->error->message, "/nonexistent/ca.pem"));

  g_clear_error (&test->error);
  access.ca_file = ca_file;
  fl_player_open_uri (test->player, uri, &access);
  g_assert_true (wait_until (test, 0));
}

int
main (int   argc,
      char *argv[])
{
  /* Test machines have no sound card. */
  g_setenv ("FLOORLEAD_AUDIO_SINK", "fakesink sync=true", TRUE);
  fl_test_init (&argc, &argv);

  g_test_add ("/player-stream/starts-before-the-whole-arrives", Test, NULL, test_setup,
              test_starts_before_the_whole_arrives, test_teardown);
  g_test_add ("/player-stream/bearer-token", Test, NULL, test_setup, test_bearer_token, test_teardown);
  g_test_add ("/player-stream/refused", Test, NULL, test_setup, test_refused, test_teardown);
  g_test_add ("/player-stream/https-needs-its-ca", Test, NULL, test_setup_https, test_https_needs_its_ca,
              test_teardown);
  return g_test_run ();
}

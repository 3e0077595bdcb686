/* SPDX-License-Identifier: GPL-3.0-or-later */
#define _GNU_SOURCE
#define G_LOG_DOMAIN "test-remote-secrets"

#include <string.h>

#include "fl-remote-listing.h"
#include "fl-remote-secrets.h"
#include "fl-remote-source-service.h"
#include "fl-remote-sync.h"
#include "fl-test-server.h"
#include "fl-test-util.h"

/* Run by tests/with-keyring: gnome-keyring's Secret Service on a D-Bus
 * session of the test's own. */

#define SERVER "https://pbx.example/recordings/"

/* Saved, found by server and user name, replaced, removed. */
static void
test_store_and_lookup (void)
{
  g_autoptr(GError) error = NULL;
  char *secret;

  g_assert_true (fl_remote_secrets_store ("PBX", SERVER, "agent", "s3cret", NULL, &error));
  g_assert_no_error (error);
  secret = fl_remote_secrets_lookup (SERVER, "agent", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (secret, ==, "s3cret");
  fl_remote_secrets_free (secret);

  /* Another user, or another server, has none: NULL without an error. */
  g_assert_null (fl_remote_secrets_lookup (SERVER, "someone", NULL, &error));
  g_assert_no_error (error);
  g_assert_null (fl_remote_secrets_lookup ("https://other.example/", "agent", NULL, &error));
  g_assert_no_error (error);

  g_assert_true (fl_remote_secrets_store ("PBX", SERVER, "agent", "n3w", NULL, &error));
  secret = fl_remote_secrets_lookup (SERVER, "agent", NULL, &error);
  g_assert_cmpstr (secret, ==, "n3w");
  fl_remote_secrets_free (secret);

  g_assert_true (fl_remote_secrets_clear (SERVER, "agent", NULL, &error));
  g_assert_no_error (error);
  g_assert_null (fl_remote_secrets_lookup (SERVER, "agent", NULL, &error));
  g_assert_no_error (error);
}

static void
assert_secret (const char *base_url,
               const char *user,
               const char *expected)
{
  g_autoptr(GError) error = NULL;
  char *secret = fl_remote_secrets_lookup (base_url, user, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (secret, ==, expected);
  fl_remote_secrets_free (secret);
}

/* An administrator edits a source: the secret follows its address and
 * user name, and no entry is left behind for what it was. */
static void
test_update_follows_the_source (void)
{
  FlRemoteSourceFields first = { .name = (char *) "PBX", .base_url = (char *) SERVER,
                                 .auth = FL_REMOTE_AUTH_BASIC, .user_name = (char *) "agent" };
  FlRemoteSourceFields moved = first;
  FlRemoteSourceFields renamed;
  FlRemoteSourceFields open;
  g_autoptr(GError) error = NULL;

  g_assert_true (fl_remote_secrets_update (NULL, &first, "s3cret", NULL, &error));
  g_assert_no_error (error);
  assert_secret (SERVER, "agent", "s3cret");

  /* Nothing typed: unchanged. */
  g_assert_true (fl_remote_secrets_update (&first, &first, "", NULL, &error));
  assert_secret (SERVER, "agent", "s3cret");

  /* A new address, nothing typed: the secret moves. */
  moved.base_url = (char *) "https://pbx2.example/recordings/";
  g_assert_true (fl_remote_secrets_update (&first, &moved, "", NULL, &error));
  g_assert_no_error (error);
  assert_secret (moved.base_url, "agent", "s3cret");
  assert_secret (SERVER, "agent", NULL);

  /* Another user with a new password: the old user's entry goes. */
  renamed = moved;
  renamed.user_name = (char *) "qa";
  g_assert_true (fl_remote_secrets_update (&moved, &renamed, "n3w", NULL, &error));
  assert_secret (moved.base_url, "qa", "n3w");
  assert_secret (moved.base_url, "agent", NULL);

  /* No sign-in any more: nothing is kept. */
  open = renamed;
  open.auth = FL_REMOTE_AUTH_NONE;
  g_assert_true (fl_remote_secrets_update (&renamed, &open, "", NULL, &error));
  g_assert_no_error (error);
  assert_secret (moved.base_url, "qa", NULL);
}

static void
handle_cb (FlTestServer      *server,
           SoupServerMessage *message,
           const char        *path,
           gpointer           user_data)
{
  static const char index[] =
    "{\"recordings\": [{\"id\": \"r-1\", \"start\": \"2026-11-28T09:15:02+08:00\", \"url\": \"r-1.wav\"}]}";
  const char *authorization = soup_message_headers_get_one (soup_server_message_get_request_headers (message),
                                                            "Authorization");

  /* agent:s3cret */
  if (g_strcmp0 (authorization, "Basic YWdlbnQ6czNjcmV0") != 0)
    fl_test_server_respond (message, SOUP_STATUS_UNAUTHORIZED, "text/plain", "who?", 4);
  else
    fl_test_server_respond (message, SOUP_STATUS_OK, "application/json", index, strlen (index));
}

static void
assert_sync_fails (FlDatabase *database,
                   FlSession  *auditor,
                   gint64      source,
                   const char *in_message)
{
  g_autoptr(GError) error = NULL;

  g_assert_null (fl_remote_sync_run (database, auditor, source, FALSE, NULL, NULL, NULL, &error));
  g_assert_error (error, FL_REMOTE_ERROR, FL_REMOTE_ERROR_CREDENTIALS);
  if (strstr (error->message, in_message) == NULL)
    g_error ("“%s” does not say “%s”", error->message, in_message);
}

/* A server behind Basic: no password saved, the wrong one, the right one.
 * The password is in the keyring, never in the database file. */
static void
test_sync_signs_in (FlTestDatabase *fixture,
                    gconstpointer   data)
{
  FlTestServer *server = fl_test_server_start (NULL, handle_cb, NULL);
  g_autoptr(FlRemoteSourceService) sources = fl_remote_source_service_new (fixture->database);
  g_autoptr(FlSession) admin = fl_test_session (FL_ROLE_ADMIN);
  g_autoptr(FlSession) auditor = fl_test_session (FL_ROLE_QA_AUDITOR);
  g_autoptr(FlImportSummary) summary = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *url = g_strconcat (fl_test_server_get_base (server), "/", NULL);
  g_autofree char *contents = NULL;
  FlRemoteSourceFields fields = {
    .name = (char *) "PBX", .kind = FL_REMOTE_LISTING_JSON, .base_url = url,
    .auth = FL_REMOTE_AUTH_BASIC, .user_name = (char *) "agent", .active = TRUE,
  };
  gint64 source = fl_remote_source_service_save (sources, admin, &fields, &error);
  gsize length = 0;

  g_assert_no_error (error);
  assert_sync_fails (fixture->database, auditor, source, "No password or token");
  g_assert_true (fl_remote_secrets_store ("PBX", url, "agent", "guess", NULL, &error));
  assert_sync_fails (fixture->database, auditor, source, "refused the source's user name");
  /* Asked once: no retry storm on wrong credentials. */
  g_assert_cmpuint (fl_test_server_get_count (server), ==, 1);

  g_assert_true (fl_remote_secrets_store ("PBX", url, "agent", "s3cret", NULL, &error));
  summary = fl_remote_sync_run (fixture->database, auditor, source, FALSE, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (summary->added, ==, 1);

  fl_test_server_stop (server);
  g_object_unref (fixture->database);
  fixture->database = NULL;
  g_assert_true (g_file_get_contents (fixture->path, &contents, &length, &error));
  g_assert_null (memmem (contents, length, "s3cret", 6));
  g_assert_null (memmem (contents, length, "guess", 5));
  fixture->database = fl_database_open (fixture->path, &error);
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  fl_test_init (&argc, &argv);

  g_test_add_func ("/remote-secrets/store-and-lookup", test_store_and_lookup);
  g_test_add_func ("/remote-secrets/update-follows-the-source", test_update_follows_the_source);
  g_test_add ("/remote-secrets/sync-signs-in", FlTestDatabase, NULL, fl_test_database_setup, test_sync_signs_in,
              fl_test_database_teardown);

  return g_test_run ();
}

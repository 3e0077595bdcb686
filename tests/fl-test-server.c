/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>

#include "fl-test-server.h"

struct _FlTestServer
{
  GThread             *thread;
  GMainContext        *context;
  GMainLoop           *loop;
  GMutex               lock;
  GCond                ready;
  guint                port;
  char                *base;
  GTlsCertificate     *certificate;
  FlTestServerHandler  handler;
  gpointer             user_data;
  guint                count;
};

static void
handle_cb (SoupServer        *server,
           SoupServerMessage *message,
           const char        *path,
           GHashTable        *query,
           gpointer           user_data)
{
  FlTestServer *self = user_data;

  g_atomic_int_inc (&self->count);
  self->handler (self, message, path, self->user_data);
}

static gpointer
serve (gpointer data)
{
  FlTestServer *self = data;
  g_autoptr(SoupServer) server = NULL;
  g_autoptr(GError) error = NULL;
  GSList *uris;

  g_main_context_push_thread_default (self->context);
  server = soup_server_new ("tls-certificate", self->certificate, NULL);
  soup_server_add_handler (server, NULL, handle_cb, self, NULL);
  soup_server_listen_local (server, 0,
                            SOUP_SERVER_LISTEN_IPV4_ONLY | (self->certificate ? SOUP_SERVER_LISTEN_HTTPS : 0),
                            &error);
  g_assert_no_error (error);
  uris = soup_server_get_uris (server);
  g_mutex_lock (&self->lock);
  self->port = g_uri_get_port (uris->data);
  g_cond_signal (&self->ready);
  g_mutex_unlock (&self->lock);
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);
  g_main_loop_run (self->loop);
  soup_server_disconnect (server);
  g_main_context_pop_thread_default (self->context);
  return NULL;
}

FlTestServer *
fl_test_server_start (GTlsCertificate     *certificate,
                      FlTestServerHandler  handler,
                      gpointer             user_data)
{
  FlTestServer *self = g_new0 (FlTestServer, 1);

  /* The tests' GSettings hold only Floorlead's schemas, not the desktop's
   * proxy settings: loopback needs no proxy. */
  g_setenv ("GIO_USE_PROXY_RESOLVER", "dummy", TRUE);
  self->certificate = certificate != NULL ? g_object_ref (certificate) : NULL;
  self->handler = handler;
  self->user_data = user_data;
  self->context = g_main_context_new ();
  self->loop = g_main_loop_new (self->context, FALSE);
  g_mutex_init (&self->lock);
  g_cond_init (&self->ready);
  g_mutex_lock (&self->lock);
  self->thread = g_thread_new ("test-server", serve, self);
  while (self->port == 0)
    g_cond_wait (&self->ready, &self->lock);
  g_mutex_unlock (&self->lock);
  self->base = g_strdup_printf ("%s://127.0.0.1:%u", certificate ? "https" : "http", self->port);
  return self;
}

void
fl_test_server_stop (FlTestServer *self)
{
  g_main_loop_quit (self->loop);
  g_thread_join (self->thread);
  g_main_loop_unref (self->loop);
  g_main_context_unref (self->context);
  g_mutex_clear (&self->lock);
  g_cond_clear (&self->ready);
  g_clear_object (&self->certificate);
  g_free (self->base);
  g_free (self);
}

const char *
fl_test_server_get_base (FlTestServer *self)
{
  return self->base;
}

GMainContext *
fl_test_server_get_context (FlTestServer *self)
{
  return self->context;
}

guint
fl_test_server_get_count (FlTestServer *self)
{
  return (guint) g_atomic_int_get (&self->count);
}

void
fl_test_server_respond (SoupServerMessage *message,
                        guint              status,
                        const char        *content_type,
                        const char        *body,
                        gsize              length)
{
  soup_server_message_set_status (message, status, NULL);
  soup_server_message_set_response (message, content_type, SOUP_MEMORY_COPY, body, length);
}

static void
run (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL |
                G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
}

static const char * const certificate_files[] = {
  "ca.key", "ca.pem", "ca.srl", "server.key", "server.csr", "server.pem", "san.cnf",
};

char *
fl_test_server_make_certificates (GTlsCertificate **certificate)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_dir_make_tmp ("floorlead-tls-XXXXXX", &error);
  g_autofree char *san = NULL;
  g_autofree char *server_pem = NULL;
  g_autofree char *server_key = NULL;

  g_assert_no_error (error);
  san = g_build_filename (folder, "san.cnf", NULL);
  g_file_set_contents (san, "subjectAltName=IP:127.0.0.1\n", -1, &error);
  g_assert_no_error (error);
  g_assert_true (g_chdir (folder) == 0);
  run ((const char * const[]) { "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key",
                                "-out", "ca.pem", "-days", "2", "-subj", "/CN=Floorlead Test CA", NULL });
  run ((const char * const[]) { "openssl", "req", "-newkey", "rsa:2048", "-nodes", "-keyout", "server.key",
                                "-out", "server.csr", "-subj", "/CN=127.0.0.1", NULL });
  run ((const char * const[]) { "openssl", "x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey",
                                "ca.key", "-CAcreateserial", "-out", "server.pem", "-days", "2", "-extfile",
                                "san.cnf", NULL });
  server_pem = g_build_filename (folder, "server.pem", NULL);
  server_key = g_build_filename (folder, "server.key", NULL);
  *certificate = g_tls_certificate_new_from_files (server_pem, server_key, &error);
  g_assert_no_error (error);
  return g_steal_pointer (&folder);
}

void
fl_test_server_remove_certificates (const char *folder)
{
  for (guint i = 0; i < G_N_ELEMENTS (certificate_files); i++)
    {
      g_autofree char *path = g_build_filename (folder, certificate_files[i], NULL);

      g_remove (path);
    }
  g_rmdir (folder);
}

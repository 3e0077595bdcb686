/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-remote-client"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libsoup/soup.h>
#include <string.h>

#include "fl-remote-client.h"
#include "fl-remote-listing.h"

struct _FlRemoteClient
{
  GObject       parent_instance;

  SoupSession  *session;
  FlRemoteAuth  auth;
  char         *authorization;   /* the header's value, or NULL */
  guint         retries;
  guint         retry_delay;     /* milliseconds */
};

G_DEFINE_FINAL_TYPE (FlRemoteClient, fl_remote_client, G_TYPE_OBJECT)

static void
fl_remote_client_finalize (GObject *object)
{
  FlRemoteClient *self = FL_REMOTE_CLIENT (object);

  g_clear_object (&self->session);
  /* The secret is not left in freed memory. */
  if (self->authorization != NULL)
    memset (self->authorization, 0, strlen (self->authorization));
  g_free (self->authorization);

  G_OBJECT_CLASS (fl_remote_client_parent_class)->finalize (object);
}

static void
fl_remote_client_class_init (FlRemoteClientClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fl_remote_client_finalize;
}

static void
fl_remote_client_init (FlRemoteClient *self)
{
}

FlRemoteClient *
fl_remote_client_new (const FlRemoteClientOptions  *options,
                      GError                      **error)
{
  g_autoptr(FlRemoteClient) self = g_object_new (FL_TYPE_REMOTE_CLIENT, NULL);
  g_autoptr(GTlsDatabase) database = NULL;
  guint timeout;

  g_return_val_if_fail (options != NULL, NULL);

  timeout = options->timeout > 0 ? options->timeout : 30;
  if (options->ca_file != NULL && *options->ca_file != '\0')
    {
      g_autoptr(GError) ca_error = NULL;

      if (!(database = g_tls_file_database_new (options->ca_file, &ca_error)))
        {
          /* Translators: %s is a file's path, then what was wrong with it */
          g_set_error (error, FL_REMOTE_ERROR, FL_REMOTE_ERROR_CERTIFICATE,
                       _("The CA certificate file “%s” could not be read: %s. Choose the PEM file of the CA that "
                         "signed the server's certificate."),
                       options->ca_file, ca_error->message);
          return NULL;
        }
    }
  self->session = soup_session_new_with_options ("timeout", timeout, "idle-timeout", timeout,
                                                 "user-agent", "Floorlead/" PACKAGE_VERSION " ", NULL);
  if (database != NULL)
    soup_session_set_tls_database (self->session, database);
  self->auth = options->auth;
  self->retries = options->retries;
  self->retry_delay = options->retry_delay > 0 ? options->retry_delay : 1000;
  if (options->auth == FL_REMOTE_AUTH_BASIC)
    {
      g_autofree char *pair = g_strdup_printf ("%s:%s", options->user ? options->user : "",
                                               options->secret ? options->secret : "");
      g_autofree char *encoded = g_base64_encode ((const guchar *) pair, strlen (pair));

      self->authorization = g_strconcat ("Basic ", encoded, NULL);
      memset (pair, 0, strlen (pair));
    }
  else if (options->auth == FL_REMOTE_AUTH_BEARER)
    self->authorization = g_strconcat ("Bearer ", options->secret ? options->secret : "", NULL);
  return g_steal_pointer (&self);
}

/* What a failure to get any answer means to the user. */
static void
set_connection_error (const GError  *cause,
                      const char    *url,
                      GError       **error)
{
  if (cause->domain == G_TLS_ERROR)
    /* Translators: %s is an address, then what TLS said */
    g_set_error (error, FL_REMOTE_ERROR, FL_REMOTE_ERROR_CERTIFICATE,
                 _("The certificate of %s is not trusted (%s). If the server has its own CA, choose that CA's "
                   "certificate file for the source; the connection is never made without a trusted certificate."),
                 url, cause->message);
  else if (g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_propagate_error (error, g_error_copy (cause));
  else if (g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_TIMED_OUT))
    g_set_error (error, FL_REMOTE_ERROR, FL_REMOTE_ERROR_NETWORK,
                 _("%s did not answer in time. Check that the server is running and reachable from this "
                   "computer, then sync again."),
                 url);
  else
    /* Translators: %s is an address, then what went wrong */
    g_set_error (error, FL_REMOTE_ERROR, FL_REMOTE_ERROR_NETWORK,
                 _("%s could not be reached (%s). Check the address and the network, then sync again."), url,
                 cause->message);
}

/* Whether a redirect from @from to @to may be followed: the same host and
 * port, and never from HTTPS down to HTTP. */
static gboolean
may_follow (GUri *from,
            GUri *to)
{
  return to != NULL && g_strcmp0 (g_uri_get_host (from), g_uri_get_host (to)) == 0 &&
         g_uri_get_port (from) == g_uri_get_port (to) &&
         (g_ascii_strcasecmp (g_uri_get_scheme (to), "https") == 0 ||
          g_ascii_strcasecmp (g_uri_get_scheme (from), "http") == 0);
}

static SoupMessage *
build_message (FlRemoteClient     *self,
               const char         *method,
               GUri               *uri,
               const char * const *extra_headers,
               GBytes             *body)
{
  SoupMessage *message = soup_message_new_from_uri (method, uri);
  SoupMessageHeaders *headers = soup_message_get_request_headers (message);

  soup_message_add_flags (message, SOUP_MESSAGE_NO_REDIRECT);
  if (self->authorization != NULL)
    soup_message_headers_replace (headers, "Authorization", self->authorization);
  for (guint i = 0; extra_headers != NULL && extra_headers[i] != NULL; i++)
    {
      const char *colon = strchr (extra_headers[i], ':');
      g_autofree char *name = colon ? g_strndup (extra_headers[i], colon - extra_headers[i]) : NULL;

      if (name != NULL)
        soup_message_headers_replace (headers, name, colon + 1 + strspn (colon + 1, " "));
    }
  if (body != NULL)
    soup_message_set_request_body_from_bytes (message, "application/xml; charset=utf-8", body);
  return message;
}

static void
set_too_big (const char  *url,
             gsize        max_bytes,
             GError     **error)
{
  /* Translators: %s is an address, %lu a number of megabytes */
  g_set_error (error, FL_REMOTE_ERROR, FL_REMOTE_ERROR_TOO_BIG,
               _("%s sent more than %lu MB, more than expected. Check the source's address."), url,
               (gulong) ((max_bytes + 1024 * 1024 - 1) / (1024 * 1024)));
}

/* Reads @stream to its end, refusing more than @max_bytes. */
static GBytes *
read_capped (GInputStream  *stream,
             gsize          max_bytes,
             const char    *url,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autoptr(GByteArray) data = g_byte_array_new ();
  guint8 buffer[65536];
  gssize n_read;

  while ((n_read = g_input_stream_read (stream, buffer, sizeof buffer, cancellable, error)) > 0)
    {
      if (data->len + (gsize) n_read > max_bytes)
        {
          set_too_big (url, max_bytes, error);
          return NULL;
        }
      g_byte_array_append (data, buffer, n_read);
    }
  if (n_read < 0)
    return NULL;
  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

/* A server that says it is too busy for now. */
static gboolean
is_busy (guint status)
{
  return status == 429 /* Too Many Requests */ || status == SOUP_STATUS_BAD_GATEWAY ||
         status == SOUP_STATUS_SERVICE_UNAVAILABLE || status == SOUP_STATUS_GATEWAY_TIMEOUT;
}

/* A failure that may pass: a busy server (no @cause), a timeout, a lost
 * connection. Never a certificate, nor a cancel. */
static gboolean
is_worth_retrying (const GError *cause)
{
  return cause == NULL || (cause->domain != G_TLS_ERROR &&
                           !g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_CANCELLED));
}

/* Waits retry_delay × 2^@attempt; FALSE when cancelled meanwhile. */
static gboolean
wait_before_retry (FlRemoteClient *self,
                   guint           attempt,
                   GCancellable   *cancellable)
{
  gint64 until = g_get_monotonic_time () + (gint64) self->retry_delay * 1000 * (1 << MIN (attempt, 6));

  for (gint64 left = until - g_get_monotonic_time (); left > 0; left = until - g_get_monotonic_time ())
    {
      if (g_cancellable_is_cancelled (cancellable))
        return FALSE;
      g_usleep ((gulong) MIN (left, 50 * 1000));
    }
  return !g_cancellable_is_cancelled (cancellable);
}

/* Sends @method to @url and follows the redirects it may, returning the
 * answer's stream with *@answer set, once its status is a success (or
 * @also_accepted); otherwise NULL with @error in a user's words. */
static GInputStream *
send_checked (FlRemoteClient     *self,
              const char         *method,
              const char         *url,
              const char * const *extra_headers,
              GBytes             *body,
              guint               also_accepted,
              SoupMessage       **answer,
              char              **shown_url,
              GCancellable       *cancellable,
              GError            **error)
{
  g_autoptr(GUri) uri = g_uri_parse (url, SOUP_HTTP_URI_FLAGS, NULL);

  if (uri == NULL || (g_strcmp0 (g_uri_get_scheme (uri), "http") != 0 &&
                      g_strcmp0 (g_uri_get_scheme (uri), "https") != 0))
    {
      /* Translators: %s is what was written as a server's address */
      g_set_error (error, FL_REMOTE_ERROR, FL_REMOTE_ERROR_NETWORK,
                   _("“%s” is not a web address. Write it as https://server/recordings/."), url);
      return NULL;
    }
  for (guint redirects = 0, attempt = 0;;)
    {
      g_autoptr(SoupMessage) message = build_message (self, method, uri, extra_headers, body);
      g_autoptr(GError) send_error = NULL;
      g_autoptr(GInputStream) stream = soup_session_send (self->session, message, cancellable, &send_error);
      g_autofree char *shown = g_uri_to_string_partial (uri, G_URI_HIDE_PASSWORD);
      guint status = soup_message_get_status (message);

      if (stream == NULL || is_busy (status))
        {
          if (is_worth_retrying (send_error) && attempt < self->retries &&
              wait_before_retry (self, attempt++, cancellable))
            continue;
        }
      if (stream == NULL)
        {
          set_connection_error (send_error, shown, error);
          return NULL;
        }
      if (SOUP_STATUS_IS_REDIRECTION (status))
        {
          const char *location = soup_message_headers_get_one (soup_message_get_response_headers (message),
                                                               "Location");
          g_autoptr(GUri) target = location != NULL ? g_uri_parse_relative (uri, location, SOUP_HTTP_URI_FLAGS,
                                                                             NULL)
                                                    : NULL;

          if (redirects >= FL_REMOTE_CLIENT_MAX_REDIRECTS || !may_follow (uri, target))
            {
              g_set_error (error, FL_REMOTE_ERROR, FL_REMOTE_ERROR_REDIRECT,
                           _("%s sends Floorlead elsewhere (%s), which it does not follow: more than %d redirects, "
                             "or to plain HTTP or another server. Write the address the files are really at."),
                           shown, location != NULL ? location : "?", FL_REMOTE_CLIENT_MAX_REDIRECTS);
              return NULL;
            }
          g_input_stream_close (stream, NULL, NULL);
          g_clear_pointer (&uri, g_uri_unref);
          uri = g_steal_pointer (&target);
          redirects++;
          continue;
        }
      if (status == SOUP_STATUS_UNAUTHORIZED || status == SOUP_STATUS_FORBIDDEN)
        {
          g_set_error (error, FL_REMOTE_ERROR, FL_REMOTE_ERROR_CREDENTIALS,
                       self->auth == FL_REMOTE_AUTH_NONE
                         ? _("%s asks for a user name and password, or a token (%u). Set the source's sign-in in "
                             "Preferences.")
                         : _("%s refused the source's user name and password, or token (%u). Check them in "
                             "Preferences; Floorlead does not try again until they change."),
                       shown, status);
          return NULL;
        }
      if (!SOUP_STATUS_IS_SUCCESSFUL (status) && status != also_accepted)
        {
          /* Translators: an address, the HTTP status and its reason ("404 Not Found") */
          g_set_error (error, FL_REMOTE_ERROR, FL_REMOTE_ERROR_HTTP,
                       status == SOUP_STATUS_NOT_FOUND
                         ? _("%s is not on the server (%u %s). Check the source's address.")
                         : status >= 500 ? _("The server failed to answer %s (%u %s). Try again later, or ask "
                                             "whoever runs it to look at its log.")
                                         : _("The server refused %s (%u %s). Check the source's address and kind."),
                       shown, status, soup_message_get_reason_phrase (message));
          return NULL;
        }
      *answer = g_steal_pointer (&message);
      *shown_url = g_steal_pointer (&shown);
      return g_steal_pointer (&stream);
    }
}

GBytes *
fl_remote_client_fetch (FlRemoteClient     *self,
                        const char         *method,
                        const char         *url,
                        const char * const *extra_headers,
                        GBytes             *body,
                        gsize               max_bytes,
                        GCancellable       *cancellable,
                        GError            **error)
{
  g_autoptr(SoupMessage) message = NULL;
  g_autoptr(GInputStream) stream = NULL;
  g_autofree char *shown = NULL;
  goffset length;

  g_return_val_if_fail (FL_IS_REMOTE_CLIENT (self), NULL);
  g_return_val_if_fail (method != NULL && url != NULL, NULL);

  if (!(stream = send_checked (self, method, url, extra_headers, body, 0, &message, &shown, cancellable, error)))
    return NULL;
  length = soup_message_headers_get_content_length (soup_message_get_response_headers (message));
  if (length > 0 && (guint64) length > max_bytes)
    {
      set_too_big (shown, max_bytes, error);
      return NULL;
    }
  return read_capped (stream, max_bytes, shown, cancellable, error);
}

/* Copies @stream to the end of @part, reporting progress from @offset. */
static gboolean
copy_to_part (GInputStream      *stream,
              GFileOutputStream *part,
              goffset            offset,
              goffset            total,
              FlRemoteProgress   progress,
              gpointer           user_data,
              GCancellable      *cancellable,
              GError           **error)
{
  guint8 buffer[65536];
  gssize n_read;

  while ((n_read = g_input_stream_read (stream, buffer, sizeof buffer, cancellable, error)) > 0)
    {
      if (!g_output_stream_write_all (G_OUTPUT_STREAM (part), buffer, n_read, NULL, cancellable, error))
        return FALSE;
      offset += n_read;
      if (progress != NULL)
        progress (offset, total, user_data);
    }
  return n_read == 0 && g_output_stream_close (G_OUTPUT_STREAM (part), cancellable, error);
}

gboolean
fl_remote_client_download (FlRemoteClient    *self,
                           const char        *url,
                           const char        *path,
                           gint64             expected_size,
                           const char        *etag,
                           FlRemoteProgress   progress,
                           gpointer           user_data,
                           GCancellable      *cancellable,
                           GError           **error)
{
  g_autofree char *part_path = NULL;
  g_autoptr(GFile) part = NULL;
  g_autoptr(GFile) destination = NULL;

  g_return_val_if_fail (FL_IS_REMOTE_CLIENT (self), FALSE);
  g_return_val_if_fail (url != NULL && path != NULL, FALSE);

  part_path = g_strconcat (path, ".part", NULL);
  part = g_file_new_for_path (part_path);
  destination = g_file_new_for_path (path);
  for (int attempt = 0; attempt < 2; attempt++)
    {
      g_autoptr(GFileInfo) info = g_file_query_info (part, G_FILE_ATTRIBUTE_STANDARD_SIZE, 0, NULL, NULL);
      goffset have = info != NULL && attempt == 0 ? g_file_info_get_size (info) : 0;
      g_autofree char *range = g_strdup_printf ("Range: bytes=%" G_GOFFSET_FORMAT "-", have);
      /* The rest of that version only: a changed file is sent whole. */
      g_autofree char *if_range = etag != NULL && *etag != '\0' ? g_strconcat ("If-Range: ", etag, NULL) : NULL;
      const char * const headers[] = { range, if_range, NULL };
      g_autoptr(SoupMessage) message = NULL;
      g_autoptr(GInputStream) stream = NULL;
      g_autoptr(GFileOutputStream) output = NULL;
      g_autofree char *shown = NULL;
      goffset length, total;
      guint status;

      stream = send_checked (self, "GET", url, have > 0 ? headers : NULL, NULL,
                             SOUP_STATUS_REQUESTED_RANGE_NOT_SATISFIABLE, &message, &shown, cancellable, error);
      if (stream == NULL)
        return FALSE;
      status = soup_message_get_status (message);
      /* A part the server cannot continue (longer than the file, which
       * changed): started over. */
      if (status == SOUP_STATUS_REQUESTED_RANGE_NOT_SATISFIABLE)
        continue;
      length = soup_message_headers_get_content_length (soup_message_get_response_headers (message));
      if (status == SOUP_STATUS_PARTIAL_CONTENT)
        output = g_file_append_to (part, G_FILE_CREATE_PRIVATE, cancellable, error);
      else
        {
          /* The server sends the whole file: what was there is replaced. */
          have = 0;
          output = g_file_replace (part, NULL, FALSE, G_FILE_CREATE_PRIVATE, cancellable, error);
        }
      total = length > 0 ? have + length : -1;
      if (output == NULL ||
          !copy_to_part (stream, output, have, total, progress, user_data, cancellable, error))
        return FALSE;
      g_clear_object (&info);
      info = g_file_query_info (part, G_FILE_ATTRIBUTE_STANDARD_SIZE, 0, cancellable, error);
      if (info == NULL)
        return FALSE;
      if ((total >= 0 && g_file_info_get_size (info) != total) ||
          (expected_size >= 0 && g_file_info_get_size (info) != expected_size))
        {
          g_autofree char *got = g_strdup_printf ("%" G_GOFFSET_FORMAT, g_file_info_get_size (info));
          g_autofree char *wanted = g_strdup_printf ("%" G_GINT64_FORMAT,
                                                     expected_size >= 0 ? expected_size : (gint64) total);

          /* Translators: an address, then two sizes in bytes */
          g_set_error (error, FL_REMOTE_ERROR, FL_REMOTE_ERROR_NETWORK,
                       _("%s arrived incomplete (%s bytes of %s). Open it again to continue where it stopped."),
                       shown, got, wanted);
          return FALSE;
        }
      return g_file_move (part, destination, G_FILE_COPY_OVERWRITE, cancellable, NULL, NULL, error);
    }
  g_file_delete (part, NULL, NULL);
  /* Translators: %s is an address */
  g_set_error (error, FL_REMOTE_ERROR, FL_REMOTE_ERROR_HTTP,
               _("%s could not be continued nor downloaded again. Try again later."), url);
  return FALSE;
}

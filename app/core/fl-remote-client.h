/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum
{
  FL_REMOTE_AUTH_NONE,
  FL_REMOTE_AUTH_BASIC,    /* user name and password */
  FL_REMOTE_AUTH_BEARER,   /* a token */
} FlRemoteAuth;

/* How to reach a recording server. The secret comes from the keyring and
 * is never written anywhere by the client. */
typedef struct
{
  FlRemoteAuth  auth;
  const char   *user;        /* Basic's */
  const char   *secret;      /* Basic's password or the Bearer token */
  const char   *ca_file;     /* a PEM file of the CA that signed a self-signed server's certificate, or NULL */
  guint         timeout;     /* seconds without an answer before giving up; 0: 30 */
  guint         retries;     /* times a timeout, a lost connection or a busy server (429, 502,
                                503, 504) is tried again: after retry_delay, then twice that… */
  guint         retry_delay; /* milliseconds; 0: 1000 */
} FlRemoteClientOptions;

/* Fetches from a recording server, blocking: meant for a worker thread,
 * which creates its own client (a libsoup session belongs to the thread
 * that made it). TLS certificate errors are never ignored; a server with
 * its own CA is trusted only with that CA's file. At most 5 redirects are
 * followed, never from HTTPS to HTTP nor to another host. */
#define FL_TYPE_REMOTE_CLIENT (fl_remote_client_get_type ())
G_DECLARE_FINAL_TYPE (FlRemoteClient, fl_remote_client, FL, REMOTE_CLIENT, GObject)

#define FL_REMOTE_CLIENT_MAX_REDIRECTS 5

/* NULL with @error when the CA file cannot be read. */
FlRemoteClient *fl_remote_client_new       (const FlRemoteClientOptions  *options,
                                            GError                      **error);
/* The body of @url, at most @max_bytes of it (a larger answer is
 * FL_REMOTE_ERROR_TOO_BIG), with @extra_headers ("Depth: 1") sent along
 * for @method ("GET", "PROPFIND") and @body (or NULL). The error says
 * what went wrong in a user's words: the server's status and what to check,
 * the credentials, the certificate, the time out. */
GBytes         *fl_remote_client_fetch     (FlRemoteClient     *self,
                                            const char         *method,
                                            const char         *url,
                                            const char * const *extra_headers,
                                            GBytes             *body,
                                            gsize               max_bytes,
                                            GCancellable       *cancellable,
                                            GError            **error);

/* How much of a download has arrived; called in the downloading thread. */
typedef void (*FlRemoteProgress) (goffset  received,
                                  goffset  total,      /* -1: unknown */
                                  gpointer user_data);

/* Downloads @url to @path through "@path.part": a part left by an
 * interrupted download is resumed with a Range request when the server
 * allows (and, with @etag, only while the file is that version:
 * If-Range), and started over otherwise. The file appears at @path only
 * once complete: as long as the server said (Content-Length), and
 * @expected_size when it is not -1. */
gboolean        fl_remote_client_download  (FlRemoteClient     *self,
                                            const char         *url,
                                            const char         *path,
                                            gint64              expected_size,
                                            const char         *etag,
                                            FlRemoteProgress    progress,
                                            gpointer            user_data,
                                            GCancellable       *cancellable,
                                            GError            **error);

G_END_DECLS

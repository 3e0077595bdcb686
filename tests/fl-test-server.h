/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <libsoup/soup.h>

G_BEGIN_DECLS

/* A real SoupServer on loopback (port 0), in a thread of its own so that
 * blocking clients, and the code under test's worker threads, get their
 * answers. Handlers run in the server's thread. */
typedef struct _FlTestServer FlTestServer;

typedef void (*FlTestServerHandler) (FlTestServer      *server,
                                     SoupServerMessage *message,
                                     const char        *path,
                                     gpointer           user_data);

/* HTTPS with @certificate, else HTTP. */
FlTestServer *fl_test_server_start       (GTlsCertificate     *certificate,
                                          FlTestServerHandler  handler,
                                          gpointer             user_data);
void          fl_test_server_stop        (FlTestServer        *self);
/* "http://127.0.0.1:PORT", without a final slash. */
const char   *fl_test_server_get_base    (FlTestServer        *self);
/* Where handlers attach their timeouts (to answer late). */
GMainContext *fl_test_server_get_context (FlTestServer        *self);
/* How many requests arrived so far. */
guint         fl_test_server_get_count   (FlTestServer        *self);

void          fl_test_server_respond     (SoupServerMessage   *message,
                                          guint                status,
                                          const char          *content_type,
                                          const char          *body,
                                          gsize                length);

/* Makes, in a new folder, a CA of the center's own (ca.pem) and a
 * certificate it signed for 127.0.0.1, with openssl as an administrator
 * would; returns the folder and the certificate for
 * fl_test_server_start(). */
char         *fl_test_server_make_certificates   (GTlsCertificate   **certificate);
void          fl_test_server_remove_certificates (const char         *folder);

G_END_DECLS

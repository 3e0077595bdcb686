/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "fl-remote-client.h"
#include "fl-remote-source.h"

G_BEGIN_DECLS

/* A recording server's password or token, kept in the desktop keyring
 * (the Secret Service, through libsecret) under the server's address and
 * the user name; never in the database, a file or a log. Blocking: call
 * from a worker thread. */

/* Saves @secret for @base_url and @user ("" for a token). Any failure,
 * a locked keyring or none running, is an error: the secret is then not
 * saved, and the message says so. */
gboolean  fl_remote_secrets_store  (const char    *source_name,
                                    const char    *base_url,
                                    const char    *user,
                                    const char    *secret,
                                    GCancellable  *cancellable,
                                    GError       **error);
/* Keeps the keyring in step with a source saved as @after (@before: as
 * it was, or NULL for a new one): @secret ("" or NULL: none typed) is
 * stored under its address and user name; with none typed, the old one
 * moves there when either changed; the old entry goes when it is no
 * longer the source's, or the source no longer signs in. */
gboolean  fl_remote_secrets_update (const FlRemoteSourceFields  *before,
                                    const FlRemoteSourceFields  *after,
                                    const char                  *secret,
                                    GCancellable                *cancellable,
                                    GError                     **error);
/* The same in a worker thread: a locked keyring may ask for its
 * password, which must not hold the window up. */
void      fl_remote_secrets_update_async  (FlRemoteSource      *before,
                                           FlRemoteSource      *after,
                                           const char          *secret,
                                           GCancellable        *cancellable,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data);
gboolean  fl_remote_secrets_update_finish (GAsyncResult        *result,
                                           GError             **error);
/* The secret, or NULL: with @error when the keyring cannot be asked,
 * without when it has none for them. */
char     *fl_remote_secrets_lookup (const char    *base_url,
                                    const char    *user,
                                    GCancellable  *cancellable,
                                    GError       **error);
gboolean  fl_remote_secrets_clear  (const char    *base_url,
                                    const char    *user,
                                    GCancellable  *cancellable,
                                    GError       **error);
/* The secret of @source (which signs in): NULL with
 * FL_REMOTE_ERROR_CREDENTIALS when the keyring has none for it. */
char     *fl_remote_secrets_lookup_for (const FlRemoteSourceFields  *source,
                                        GCancellable                *cancellable,
                                        GError                     **error);
/* A client for @source, signed in with its secret from the keyring: NULL
 * with FL_REMOTE_ERROR_CREDENTIALS when the keyring has none for it. */
FlRemoteClient *fl_remote_secrets_new_client (const FlRemoteSourceFields  *source,
                                              GCancellable                *cancellable,
                                              GError                     **error);
/* Wipes and frees what fl_remote_secrets_lookup() gave. */
void      fl_remote_secrets_free   (char          *secret);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "fl-database.h"
#include "fl-remote-cache.h"
#include "fl-session.h"

G_BEGIN_DECLS

/* A recording from a server, ready to play: the path of its copy in
 * @cache, downloaded first (signed in with the source's secret from the
 * keyring) when there is no complete copy of the version the library
 * knows. Blocking, on @database (which the calling thread owns). */
char *fl_remote_download_recording        (FlDatabase          *database,
                                           FlSession           *actor,
                                           gint64               recording_id,
                                           FlRemoteCache       *cache,
                                           FlRemoteProgress     progress,
                                           gpointer             user_data,
                                           GCancellable        *cancellable,
                                           GError             **error);
/* The same in a worker thread; @progress runs on the caller's context,
 * about ten times a second at most, before @callback. */
void  fl_remote_download_recording_async  (FlDatabase          *database,
                                           FlSession           *actor,
                                           gint64               recording_id,
                                           FlRemoteCache       *cache,
                                           FlRemoteProgress     progress,
                                           gpointer             user_data,
                                           GCancellable        *cancellable,
                                           GAsyncReadyCallback  callback,
                                           gpointer             callback_data);
char *fl_remote_download_recording_finish (GAsyncResult        *result,
                                           GError             **error);

/* Where a server's recording plays from when it is opened: its complete
 * copy in the cache, or else the server itself, streamed with the
 * source's sign-in while the copy downloads. */
typedef struct
{
  char         *cached_path;   /* the copy, or NULL: stream */
  char         *url;           /* the file on its server */
  FlRemoteAuth  auth;
  char         *user;          /* Basic's user name, or NULL */
  char         *secret;        /* the password or token from the keyring, or NULL */
  char         *ca_file;       /* or NULL: the system's authorities */
} FlRemotePlayback;

/* Blocking, like fl_remote_download_recording(), but never downloads. */
FlRemotePlayback *fl_remote_download_locate        (FlDatabase          *database,
                                                    FlSession           *actor,
                                                    gint64               recording_id,
                                                    FlRemoteCache       *cache,
                                                    GCancellable        *cancellable,
                                                    GError             **error);
void              fl_remote_download_locate_async  (FlDatabase          *database,
                                                    FlSession           *actor,
                                                    gint64               recording_id,
                                                    FlRemoteCache       *cache,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             callback_data);
FlRemotePlayback *fl_remote_download_locate_finish (GAsyncResult        *result,
                                                    GError             **error);
/* Wipes the secret. */
void              fl_remote_playback_free          (FlRemotePlayback    *playback);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FlRemotePlayback, fl_remote_playback_free)

G_END_DECLS

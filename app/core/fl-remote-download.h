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

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "fl-remote-client.h"

G_BEGIN_DECLS

#define FL_REMOTE_CACHE_DEFAULT_BYTES ((guint64) 2 * 1024 * 1024 * 1024)

/* The copies of recording servers' recordings on this computer: at most
 * max_bytes, the least recently opened removed first. An entry is used only
 * when complete and made from the version the library knows (its size and
 * ETag); anything else is downloaded again, so a corrupt copy is never
 * played. Thread-safe: two threads asking for one recording download it
 * once. */
#define FL_TYPE_REMOTE_CACHE (fl_remote_cache_get_type ())
G_DECLARE_FINAL_TYPE (FlRemoteCache, fl_remote_cache, FL, REMOTE_CACHE, GObject)

/* Under @folder, or the user's cache folder's floorlead/recordings. */
FlRemoteCache *fl_remote_cache_new           (const char        *folder,
                                              guint64            max_bytes);
const char    *fl_remote_cache_get_folder    (FlRemoteCache     *self);
void           fl_remote_cache_set_max_bytes (FlRemoteCache     *self,
                                              guint64            max_bytes);
/* The complete copy of @relative (a path under source @source_id's
 * address, checked safe) in the version of @size and @etag (-1 and NULL:
 * not known), marked as just used; or NULL. */
char          *fl_remote_cache_lookup        (FlRemoteCache     *self,
                                              gint64             source_id,
                                              const char        *relative,
                                              gint64             size,
                                              const char        *etag);
/* The copy, downloaded from @url with @client first when there is none:
 * an interrupted download is continued with a Range request when the
 * server's file is still the same (If-Range), else started over. Then the
 * cache is trimmed to its size, sparing this copy. */
char          *fl_remote_cache_fetch         (FlRemoteCache     *self,
                                              FlRemoteClient    *client,
                                              gint64             source_id,
                                              const char        *url,
                                              const char        *relative,
                                              gint64             size,
                                              const char        *etag,
                                              FlRemoteProgress   progress,
                                              gpointer           user_data,
                                              GCancellable      *cancellable,
                                              GError           **error);
/* Removes the least recently used copies (and left-over parts) until the
 * cache holds at most max_bytes, never @keep; the bytes it then holds. */
guint64        fl_remote_cache_trim          (FlRemoteCache     *self,
                                              const char        *keep);

G_END_DECLS

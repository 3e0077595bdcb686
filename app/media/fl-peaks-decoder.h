/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "fl-peaks.h"

G_BEGIN_DECLS

/* Called from GStreamer's streaming threads, one call at a time, each time
 * more frames of @peaks are published. */
typedef void (*FlPeaksDecodeFunc) (FlPeaks  *peaks,
                                   gpointer  user_data);

/* Decodes one recording, or the two legs of a pair (@paths holds one or two
 * paths, NULL-terminated), into peaks. Blocks: call it from a worker thread.
 * Stops early, with G_IO_ERROR_CANCELLED, when either cancellable fires. */
FlPeaks *fl_peaks_decode (const char * const  *paths,
                          GCancellable        *cancellable,
                          GCancellable        *other_cancellable,
                          FlPeaksDecodeFunc    progress,
                          gpointer             user_data,
                          GError             **error);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "fl-peaks.h"

G_BEGIN_DECLS

#define FL_TYPE_PEAKS_LOADER (fl_peaks_loader_get_type ())
G_DECLARE_FINAL_TYPE (FlPeaksLoader, fl_peaks_loader, FL, PEAKS_LOADER, GObject)

/* Decodes recordings into waveform peaks in a worker thread, and keeps them
 * in $XDG_CACHE_HOME/floorlead/peaks so a recording opened again shows at
 * once. One load at a time: starting one cancels the one before. While
 * decoding, ::progress hands out the same FlPeaks the load will return,
 * growing, on the main context of the thread that started the load. */
FlPeaksLoader *fl_peaks_loader_new              (void);

/* @second_path: the other leg of a call recorded as two mono files, or NULL.
 * A pair gives two channels: 0 from @path, 1 from @second_path. */
void           fl_peaks_loader_load_async       (FlPeaksLoader        *self,
                                                 const char           *path,
                                                 const char           *second_path,
                                                 GCancellable         *cancellable,
                                                 GAsyncReadyCallback   callback,
                                                 gpointer              user_data);
FlPeaks       *fl_peaks_loader_load_finish      (FlPeaksLoader        *self,
                                                 GAsyncResult         *result,
                                                 GError              **error);
void           fl_peaks_loader_cancel           (FlPeaksLoader        *self);

gboolean       fl_peaks_loader_get_use_cache    (FlPeaksLoader        *self);
void           fl_peaks_loader_set_use_cache    (FlPeaksLoader        *self,
                                                 gboolean              use_cache);
char          *fl_peaks_loader_get_cache_dir    (void);

G_END_DECLS

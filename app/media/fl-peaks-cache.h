/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The peaks cache on disk is kept under a size limit: files that were used
 * least lately go first. A hit touches its file, so "lately" means opened,
 * not only written. */
#define FL_PEAKS_CACHE_DEFAULT_LIMIT (G_GUINT64_CONSTANT (512) * 1024 * 1024)

void  fl_peaks_cache_touch (const char *path);
guint fl_peaks_cache_prune (const char *dir,
                            guint64     limit_bytes);

G_END_DECLS

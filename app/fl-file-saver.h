/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Asks where to save @bytes (a CSV, a calendar), proposing @file_name,
 * and writes them there off the main thread. */
void   fl_file_saver_save_async  (GtkWindow            *parent,
                                  const char           *title,
                                  const char           *file_name,
                                  GBytes               *bytes,
                                  GCancellable         *cancellable,
                                  GAsyncReadyCallback   callback,
                                  gpointer              user_data);
/* The file's base name once written, for a toast; NULL with @error set,
 * G_IO_ERROR_CANCELLED when no place was chosen. */
char  *fl_file_saver_save_finish (GAsyncResult         *result,
                                  GError              **error);

/* fl_file_saver_save_async() with the outcome in a toast on @toasts:
 * "Saved leave-2026-12.csv." or what went wrong; nothing when cancelled. */
void   fl_file_saver_save        (GtkWindow            *parent,
                                  const char           *title,
                                  const char           *file_name,
                                  GBytes               *bytes,
                                  AdwToastOverlay      *toasts);

G_END_DECLS

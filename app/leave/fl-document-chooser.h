/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Asks for a document (an image or a PDF) to attach to a leave request and
 * reads it off the main thread. */
void    fl_document_chooser_choose_async  (GtkWindow            *parent,
                                           GCancellable         *cancellable,
                                           GAsyncReadyCallback   callback,
                                           gpointer              user_data);
/* The document's bytes and, in @file_name, its name; NULL with @error set,
 * G_IO_ERROR_CANCELLED when nothing was chosen. */
GBytes *fl_document_chooser_choose_finish (GAsyncResult         *result,
                                           char                **file_name,
                                           GError              **error);

G_END_DECLS

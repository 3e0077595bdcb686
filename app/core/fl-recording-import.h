/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "fl-database.h"
#include "fl-import-summary.h"
#include "fl-session.h"

G_BEGIN_DECLS

#define FL_IMPORT_ERROR (fl_import_error_quark ())

typedef enum
{
  FL_IMPORT_ERROR_FOLDER,  /* the folder is not there or cannot be read */
  FL_IMPORT_ERROR_CDR,     /* the call list cannot be used */
  FL_IMPORT_ERROR_MEDIA,   /* GStreamer cannot start */
} FlImportError;

/* Rows written per transaction: short enough that an evaluation being
 * saved meanwhile waits a few milliseconds at most. */
#define FL_IMPORT_BATCH_SIZE 500

GQuark           fl_import_error_quark   (void);

/* Imports the recordings under @folder, blocking, on @database (which the
 * calling thread owns). FlRecordingService runs it in a worker thread with
 * a connection of its own; see fl_recording_service_import_async(). */
FlImportSummary *fl_recording_import_run (FlDatabase            *database,
                                          FlSession             *actor,
                                          const char            *folder,
                                          const char            *cdr_path,
                                          GCancellable          *cancellable,
                                          FlImportProgressFunc   progress,
                                          gpointer               progress_data,
                                          GError               **error);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "fl-database.h"
#include "fl-import-summary.h"
#include "fl-session.h"

G_BEGIN_DECLS

/* Brings the library up to date with recording server @source_id,
 * blocking, on @database (which the calling thread owns): new recordings
 * are added, changed ones (ETag, else size and time) updated, and those the
 * server no longer has flagged missing, never deleted. A directory listing
 * or WebDAV share is walked whole each time; a JSON index is asked only for
 * what changed since the last whole sync, unless @full. The source keeps
 * the time, counts and error of the sync; the audit log one row per sync.
 * The password or token comes from the keyring. Progress as an import's
 * (files_found: recordings listed so far). Cancelling keeps the batches
 * written; the error is then G_IO_ERROR_CANCELLED. */
FlImportSummary *fl_remote_sync_run (FlDatabase            *database,
                                     FlSession             *actor,
                                     gint64                 source_id,
                                     gboolean               full,
                                     GCancellable          *cancellable,
                                     FlImportProgressFunc   progress,
                                     gpointer               progress_data,
                                     GError               **error);

G_END_DECLS

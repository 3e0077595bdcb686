/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* `floorlead --import-recordings DIR [--cdr FILE] [--database PATH]`:
 * imports without a window as the system, tells the progress on standard
 * error and the summary on standard output. Ctrl+C stops it, keeping what
 * was saved. Returns the exit status: 0, or 1 when the import could not
 * run or a file failed. */
int fl_import_command_run (const char *database_path,
                           const char *folder,
                           const char *cdr_path);
/* `floorlead --sync-source NAME [--full] [--database PATH]`: syncs a
 * recording server in the same way, with the password or token from the
 * keyring. 1 when the sync could not run or a recording failed. */
int fl_import_command_sync (const char *database_path,
                            const char *source_name,
                            gboolean    full);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* One entry under the imported folder with an audio extension. */
typedef struct
{
  char     *relative_path;  /* UTF-8, "/" between folders */
  gint64    size;
  gint64    mtime;          /* seconds since the epoch */
  gboolean  is_folder;      /* a folder named like a recording */
} FlScannedFile;

typedef struct
{
  GPtrArray  *files;           /* FlScannedFile, sorted by relative path */
  GHashTable *by_path;         /* relative path → FlScannedFile */
  GPtrArray  *unread_paths;    /* relative paths of folders and recordings that could
                                  not be read: what was in them is not known */
} FlScan;

typedef void (*FlScanFunc) (guint    files_found,
                            gpointer user_data);

/* Walks @folder (absolute, canonical) and every folder under it, following
 * links to folders once. Files and folders that cannot be read are added to
 * @failures (FlImportProblem); hidden ones (".name") are skipped. */
FlScan   *fl_recording_scan      (const char    *folder,
                                  GCancellable  *cancellable,
                                  FlScanFunc     progress,
                                  gpointer       progress_data,
                                  GPtrArray     *failures,
                                  GError       **error);
void      fl_recording_scan_free (FlScan        *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FlScan, fl_recording_scan_free)

G_END_DECLS

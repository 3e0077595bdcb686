/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-recording-scan"

#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fl-import-summary.h"
#include "fl-recording-import.h"
#include "fl-recording-names.h"
#include "fl-recording-scan.h"

typedef struct
{
  const char   *folder;
  GCancellable *cancellable;
  FlScanFunc    progress;
  gpointer      progress_data;
  GPtrArray    *failures;
  FlScan       *scan;
  GHashTable   *visited;   /* "device:inode" of the folders walked, against link loops */
} Walk;

static void
scanned_file_free (FlScannedFile *file)
{
  g_free (file->relative_path);
  g_free (file);
}

void
fl_recording_scan_free (FlScan *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->by_path, g_hash_table_unref);
  g_clear_pointer (&self->files, g_ptr_array_unref);
  g_clear_pointer (&self->unread_paths, g_ptr_array_unref);
  g_free (self);
}

static gboolean
first_visit (Walk              *walk,
             const struct stat *st)
{
  char *key = g_strdup_printf ("%" G_GUINT64_FORMAT ":%" G_GUINT64_FORMAT,
                               (guint64) st->st_dev, (guint64) st->st_ino);

  return g_hash_table_add (walk->visited, key);
}

static void
add_file (Walk              *walk,
          char              *relative_path,
          const struct stat *st,
          gboolean           is_folder)
{
  FlScannedFile *file = g_new0 (FlScannedFile, 1);

  file->relative_path = relative_path;
  file->size = st->st_size;
  file->mtime = st->st_mtime;
  file->is_folder = is_folder;
  g_ptr_array_add (walk->scan->files, file);

  if (walk->progress != NULL)
    walk->progress (walk->scan->files->len, walk->progress_data);
}

static void
walk_folder (Walk       *walk,
             const char *relative)
{
  g_autofree char *absolute = NULL;
  struct dirent *entry;
  DIR *dir;

  absolute = *relative ? g_build_filename (walk->folder, relative, NULL) : g_strdup (walk->folder);
  dir = opendir (absolute);
  if (dir == NULL)
    {
      int saved_errno = errno;
      g_autofree char *reason = g_strdup_printf (_("The folder could not be read: %s."),
                                                 g_strerror (saved_errno));

      fl_import_summary_add_problem (walk->failures, *relative ? relative : ".", 0, reason);
      g_ptr_array_add (walk->scan->unread_paths, g_strdup (relative));
      return;
    }

  while ((entry = readdir (dir)) != NULL && !g_cancellable_is_cancelled (walk->cancellable))
    {
      g_autofree char *child = NULL;
      gboolean audio;
      struct stat st;

      /* Hidden files are a PBX's or a copy tool's work in progress. */
      if (entry->d_name[0] == '.')
        continue;

      child = *relative ? g_strconcat (relative, "/", entry->d_name, NULL)
                        : g_strdup (entry->d_name);
      audio = fl_recording_names_is_audio (entry->d_name);

      if (!g_utf8_validate (child, -1, NULL))
        {
          g_autofree char *shown = g_filename_display_name (child);

          if (audio)
            fl_import_summary_add_problem (walk->failures, shown, 0,
                                           _("The file's name is not valid UTF-8 text. Rename it and "
                                             "import again."));
          continue;
        }

      if (fstatat (dirfd (dir), entry->d_name, &st, 0) != 0)
        {
          int saved_errno = errno;
          g_autofree char *reason = g_strdup_printf (_("The file could not be read: %s."),
                                                     g_strerror (saved_errno));

          if (audio)
            {
              fl_import_summary_add_problem (walk->failures, child, 0, reason);
              g_ptr_array_add (walk->scan->unread_paths, g_strdup (child));
            }
          continue;
        }

      if (S_ISDIR (st.st_mode))
        {
          if (!first_visit (walk, &st))
            continue;
          /* Named like a recording: listed, as unreadable, so that the
           * supervisor sees why a "recording" does not play. */
          if (audio)
            add_file (walk, g_strdup (child), &st, TRUE);
          walk_folder (walk, child);
        }
      else if (S_ISREG (st.st_mode) && audio)
        {
          add_file (walk, g_steal_pointer (&child), &st, FALSE);
        }
    }

  closedir (dir);
}

static int
compare_files (gconstpointer a,
               gconstpointer b)
{
  const FlScannedFile *file_a = *(const FlScannedFile **) a;
  const FlScannedFile *file_b = *(const FlScannedFile **) b;

  return strcmp (file_a->relative_path, file_b->relative_path);
}

FlScan *
fl_recording_scan (const char    *folder,
                   GCancellable  *cancellable,
                   FlScanFunc     progress,
                   gpointer       progress_data,
                   GPtrArray     *failures,
                   GError       **error)
{
  g_autoptr(FlScan) scan = g_new0 (FlScan, 1);
  g_autoptr(GHashTable) visited = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  Walk walk = { folder, cancellable, progress, progress_data, failures, scan, visited };
  struct stat st;

  g_return_val_if_fail (folder != NULL && g_path_is_absolute (folder), NULL);
  g_return_val_if_fail (failures != NULL, NULL);

  scan->files = g_ptr_array_new_with_free_func ((GDestroyNotify) scanned_file_free);
  scan->by_path = g_hash_table_new (g_str_hash, g_str_equal);
  scan->unread_paths = g_ptr_array_new_with_free_func (g_free);

  if (stat (folder, &st) != 0 || !S_ISDIR (st.st_mode))
    {
      g_set_error (error, FL_IMPORT_ERROR, FL_IMPORT_ERROR_FOLDER,
                   _("The folder “%s” does not exist. Check the path and that its disk is "
                     "mounted."), folder);
      return NULL;
    }
  if (access (folder, R_OK | X_OK) != 0)
    {
      g_set_error (error, FL_IMPORT_ERROR, FL_IMPORT_ERROR_FOLDER,
                   _("Floorlead may not read the folder “%s”. Ask your administrator for "
                     "read access to it."), folder);
      return NULL;
    }

  first_visit (&walk, &st);
  walk_folder (&walk, "");

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  g_ptr_array_sort (scan->files, compare_files);
  for (guint i = 0; i < scan->files->len; i++)
    {
      FlScannedFile *file = g_ptr_array_index (scan->files, i);

      g_hash_table_insert (scan->by_path, file->relative_path, file);
    }

  return g_steal_pointer (&scan);
}

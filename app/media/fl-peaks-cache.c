/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-peaks-cache"

#include "config.h"

#include <glib/gstdio.h>
#include <sys/stat.h>
#include <utime.h>

#include "fl-peaks-cache.h"

typedef struct
{
  char   *path;
  gint64  used;   /* modification time, seconds */
  guint64 size;
} Entry;

static void
entry_clear (gpointer data)
{
  Entry *entry = data;

  g_free (entry->path);
}

static int
compare_least_recent_first (gconstpointer a,
                            gconstpointer b)
{
  const Entry *first = a;
  const Entry *second = b;

  if (first->used != second->used)
    return first->used < second->used ? -1 : 1;
  return g_strcmp0 (first->path, second->path);
}

/* Marks a cache file as used now. */
void
fl_peaks_cache_touch (const char *path)
{
  g_return_if_fail (path != NULL);

  if (g_utime (path, NULL) != 0)
    g_debug ("Cannot mark %s as used", path);
}

/**
 * fl_peaks_cache_prune:
 * @dir: the cache folder
 * @limit_bytes: how much the *.peaks files in it may take
 *
 * Deletes the least recently used peaks files until the rest fit in
 * @limit_bytes. Other files are left alone.
 *
 * Returns: how many files were deleted
 */
guint
fl_peaks_cache_prune (const char *dir,
                      guint64     limit_bytes)
{
  g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  guint64 total = 0;
  guint removed = 0;
  const char *name;

  if (folder == NULL)
    return 0;
  g_array_set_clear_func (entries, entry_clear);

  while ((name = g_dir_read_name (folder)) != NULL)
    {
      GStatBuf info;
      Entry entry;

      if (!g_str_has_suffix (name, ".peaks"))
        continue;
      entry.path = g_build_filename (dir, name, NULL);
      if (g_stat (entry.path, &info) != 0 || !S_ISREG (info.st_mode))
        {
          g_free (entry.path);
          continue;
        }
      entry.used = info.st_mtime;
      entry.size = info.st_size;
      total += entry.size;
      g_array_append_val (entries, entry);
    }

  if (total <= limit_bytes)
    return 0;
  g_array_sort (entries, compare_least_recent_first);
  for (guint i = 0; i < entries->len && total > limit_bytes; i++)
    {
      Entry *entry = &g_array_index (entries, Entry, i);

      if (g_unlink (entry->path) != 0)
        continue;
      total -= entry->size;
      removed++;
    }
  return removed;
}

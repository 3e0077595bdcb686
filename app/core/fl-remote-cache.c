/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-remote-cache"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <utime.h>

#include "fl-remote-cache.h"
#include "fl-remote-listing.h"

/* Beside each copy (and each download in progress): the size and ETag of
 * the version it is of. */
#define META_SUFFIX ".floorlead-meta"
#define PART_SUFFIX ".part"

struct _FlRemoteCache
{
  GObject     parent_instance;

  char       *folder;
  guint64     max_bytes;
  GMutex      lock;
  GCond       done;
  GHashTable *busy;   /* paths being downloaded */
};

G_DEFINE_FINAL_TYPE (FlRemoteCache, fl_remote_cache, G_TYPE_OBJECT)

static void
fl_remote_cache_finalize (GObject *object)
{
  FlRemoteCache *self = FL_REMOTE_CACHE (object);

  g_free (self->folder);
  g_hash_table_unref (self->busy);
  g_mutex_clear (&self->lock);
  g_cond_clear (&self->done);

  G_OBJECT_CLASS (fl_remote_cache_parent_class)->finalize (object);
}

static void
fl_remote_cache_class_init (FlRemoteCacheClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fl_remote_cache_finalize;
}

static void
fl_remote_cache_init (FlRemoteCache *self)
{
  g_mutex_init (&self->lock);
  g_cond_init (&self->done);
  self->busy = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

FlRemoteCache *
fl_remote_cache_new (const char *folder,
                     guint64     max_bytes)
{
  FlRemoteCache *self = g_object_new (FL_TYPE_REMOTE_CACHE, NULL);

  self->folder = folder != NULL ? g_strdup (folder)
                                : g_build_filename (g_get_user_cache_dir (), "floorlead", "recordings", NULL);
  self->max_bytes = max_bytes;
  return self;
}

const char *
fl_remote_cache_get_folder (FlRemoteCache *self)
{
  g_return_val_if_fail (FL_IS_REMOTE_CACHE (self), NULL);
  return self->folder;
}

void
fl_remote_cache_set_max_bytes (FlRemoteCache *self,
                               guint64        max_bytes)
{
  g_return_if_fail (FL_IS_REMOTE_CACHE (self));

  g_mutex_lock (&self->lock);
  self->max_bytes = max_bytes;
  g_mutex_unlock (&self->lock);
}

/* Where the copy of @relative goes; NULL for a path that would leave the
 * cache (each segment a safe name, as the sync checked). */
static char *
path_for (FlRemoteCache *self,
          gint64         source_id,
          const char    *relative,
          GError       **error)
{
  g_auto(GStrv) segments = g_strsplit (relative != NULL ? relative : "", "/", -1);
  g_autofree char *source = g_strdup_printf ("%" G_GINT64_FORMAT, source_id);

  for (guint i = 0; segments[i] != NULL; i++)
    if (!fl_remote_listing_is_safe_name (segments[i]))
      {
        /* Translators: %s is a file's path on a server */
        g_set_error (error, FL_REMOTE_ERROR, FL_REMOTE_ERROR_UNSAFE_NAME,
                     _("“%s” would be kept outside the recordings cache, so it is not downloaded. Check the "
                       "source's address."),
                     relative != NULL ? relative : "");
        return NULL;
      }
  return g_build_filename (self->folder, source, relative, NULL);
}

static char *
meta_path (const char *path)
{
  return g_strconcat (path, META_SUFFIX, NULL);
}

static void
remove_entry (const char *path)
{
  g_autofree char *meta = meta_path (path);
  g_autofree char *part = g_strconcat (path, PART_SUFFIX, NULL);

  g_remove (path);
  g_remove (part);
  g_remove (meta);
}

/* What the meta file beside @path says: FALSE when there is none. */
static gboolean
read_meta (const char  *path,
           gint64      *size,
           char       **etag)
{
  g_autoptr(GKeyFile) meta = g_key_file_new ();
  g_autofree char *file = meta_path (path);

  if (!g_key_file_load_from_file (meta, file, G_KEY_FILE_NONE, NULL))
    return FALSE;
  *size = g_key_file_get_int64 (meta, "version", "size", NULL);
  *etag = g_key_file_get_string (meta, "version", "etag", NULL);
  return TRUE;
}

static gboolean
write_meta (const char  *path,
            gint64       size,
            const char  *etag,
            GError     **error)
{
  g_autoptr(GKeyFile) meta = g_key_file_new ();
  g_autofree char *file = meta_path (path);

  g_key_file_set_int64 (meta, "version", "size", size);
  g_key_file_set_string (meta, "version", "etag", etag != NULL ? etag : "");
  return g_key_file_save_to_file (meta, file, error);
}

static gboolean
same_etag (const char *kept,
           const char *etag)
{
  return etag == NULL || *etag == '\0' || g_strcmp0 (kept, etag) == 0;
}

/* Under the lock. */
static char *
lookup_locked (FlRemoteCache *self,
               const char    *path,
               gint64         size,
               const char    *etag)
{
  g_autofree char *kept_etag = NULL;
  gint64 kept_size = -1;
  GStatBuf buffer;

  if (g_stat (path, &buffer) != 0)
    return NULL;
  /* A copy that is not what its meta file says, or of another version. */
  if (!read_meta (path, &kept_size, &kept_etag) || kept_size != (gint64) buffer.st_size ||
      (size >= 0 && size != kept_size) || !same_etag (kept_etag, etag))
    {
      remove_entry (path);
      return NULL;
    }
  g_utime (path, NULL);
  return g_strdup (path);
}

char *
fl_remote_cache_lookup (FlRemoteCache *self,
                        gint64         source_id,
                        const char    *relative,
                        gint64         size,
                        const char    *etag)
{
  g_autofree char *path = NULL;
  char *found;

  g_return_val_if_fail (FL_IS_REMOTE_CACHE (self), NULL);

  if (!(path = path_for (self, source_id, relative, NULL)))
    return NULL;
  g_mutex_lock (&self->lock);
  found = g_hash_table_contains (self->busy, path) ? NULL : lookup_locked (self, path, size, etag);
  g_mutex_unlock (&self->lock);
  return found;
}

/* A part left by a download of another version is of no use. */
static void
drop_stale_part (const char *path,
                 const char *etag)
{
  g_autofree char *kept_etag = NULL;
  gint64 kept_size = -1;

  if (!read_meta (path, &kept_size, &kept_etag) || !same_etag (kept_etag, etag))
    remove_entry (path);
}

static gboolean
download (FlRemoteClient    *client,
          const char        *url,
          const char        *path,
          gint64             size,
          const char        *etag,
          FlRemoteProgress   progress,
          gpointer           user_data,
          GCancellable      *cancellable,
          GError           **error)
{
  g_autofree char *folder = g_path_get_dirname (path);
  GStatBuf buffer;

  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      /* Translators: %s is a folder, then why it could not be made */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("The recordings cache folder %s could not be made (%s). Check the disk."), folder,
                   g_strerror (errno));
      return FALSE;
    }
  drop_stale_part (path, etag);
  if (!write_meta (path, size, etag, error) ||
      !fl_remote_client_download (client, url, path, size, etag, progress, user_data, cancellable, error))
    return FALSE;
  /* The version as it arrived, when the library did not know its size. */
  return g_stat (path, &buffer) == 0 && write_meta (path, buffer.st_size, etag, error);
}

char *
fl_remote_cache_fetch (FlRemoteCache     *self,
                       FlRemoteClient    *client,
                       gint64             source_id,
                       const char        *url,
                       const char        *relative,
                       gint64             size,
                       const char        *etag,
                       FlRemoteProgress   progress,
                       gpointer           user_data,
                       GCancellable      *cancellable,
                       GError           **error)
{
  g_autofree char *path = NULL;
  char *found;
  gboolean downloaded;

  g_return_val_if_fail (FL_IS_REMOTE_CACHE (self), NULL);
  g_return_val_if_fail (FL_IS_REMOTE_CLIENT (client), NULL);
  g_return_val_if_fail (url != NULL, NULL);

  if (!(path = path_for (self, source_id, relative, error)))
    return NULL;

  /* One download of a recording at a time; the others wait for it. */
  g_mutex_lock (&self->lock);
  while (g_hash_table_contains (self->busy, path))
    g_cond_wait (&self->done, &self->lock);
  found = lookup_locked (self, path, size, etag);
  if (found == NULL)
    g_hash_table_add (self->busy, g_strdup (path));
  g_mutex_unlock (&self->lock);
  if (found != NULL)
    return found;

  downloaded = download (client, url, path, size, etag, progress, user_data, cancellable, error);
  if (!downloaded)
    g_remove (path);

  g_mutex_lock (&self->lock);
  g_hash_table_remove (self->busy, path);
  g_cond_broadcast (&self->done);
  g_mutex_unlock (&self->lock);
  if (!downloaded)
    return NULL;
  fl_remote_cache_trim (self, path);
  return g_steal_pointer (&path);
}

typedef struct
{
  char   *path;     /* a copy, or a part */
  gint64  size;
  gint64  used;     /* seconds; the copy is touched when opened */
} Entry;

static void
entry_free (Entry *entry)
{
  g_free (entry->path);
  g_free (entry);
}

static int
compare_by_use (gconstpointer a,
                gconstpointer b)
{
  const Entry *first = *(const Entry * const *) a;
  const Entry *second = *(const Entry * const *) b;

  return (first->used > second->used) - (first->used < second->used);
}

static void
collect (const char *folder,
         GPtrArray  *entries,
         guint       depth)
{
  g_autoptr(GDir) dir = depth < 32 ? g_dir_open (folder, 0, NULL) : NULL;
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);
      GStatBuf buffer;
      Entry *entry;

      if (g_str_has_suffix (name, META_SUFFIX) || g_lstat (path, &buffer) != 0)
        continue;
      if (S_ISDIR (buffer.st_mode))
        {
          collect (path, entries, depth + 1);
          continue;
        }
      entry = g_new0 (Entry, 1);
      entry->path = g_steal_pointer (&path);
      entry->size = buffer.st_size;
      entry->used = buffer.st_mtime;
      g_ptr_array_add (entries, entry);
    }
}

/* The copy a part, or a copy, belongs to. */
static char *
copy_of (const char *path)
{
  return g_str_has_suffix (path, PART_SUFFIX) ? g_strndup (path, strlen (path) - strlen (PART_SUFFIX))
                                              : g_strdup (path);
}

guint64
fl_remote_cache_trim (FlRemoteCache *self,
                      const char    *keep)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func ((GDestroyNotify) entry_free);
  guint64 total = 0;

  g_return_val_if_fail (FL_IS_REMOTE_CACHE (self), 0);

  g_mutex_lock (&self->lock);
  collect (self->folder, entries, 0);
  for (guint i = 0; i < entries->len; i++)
    total += ((Entry *) g_ptr_array_index (entries, i))->size;
  g_ptr_array_sort (entries, compare_by_use);
  for (guint i = 0; i < entries->len && total > self->max_bytes; i++)
    {
      Entry *entry = g_ptr_array_index (entries, i);
      g_autofree char *copy = copy_of (entry->path);

      if (g_strcmp0 (copy, keep) == 0 || g_hash_table_contains (self->busy, copy))
        continue;
      remove_entry (copy);
      total -= entry->size;
    }
  g_mutex_unlock (&self->lock);
  return total;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-peaks-loader"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "fl-media-error.h"
#include "fl-peaks-cache.h"
#include "fl-peaks-decoder.h"
#include "fl-peaks-loader.h"

/* At most ~20 progress emissions a second; the first as soon as there is
 * something to draw. */
#define PROGRESS_INTERVAL_US (G_USEC_PER_SEC / 20)
#define CACHE_KEY_VERSION    "floorlead-peaks 1"

struct _FlPeaksLoader
{
  GObject       parent_instance;

  gboolean      use_cache;
  guint64       cache_limit;
  GCancellable *current;      /* cancelled when the next load starts */
  guint         generation;
};

enum
{
  PROP_0,
  PROP_USE_CACHE,
  PROP_CACHE_LIMIT,
  N_PROPS
};

enum
{
  PROGRESS,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (FlPeaksLoader, fl_peaks_loader, G_TYPE_OBJECT)

/* One load: the task's data, shared by the worker and the main context. */
typedef struct
{
  char         *paths[3];         /* NULL-terminated */
  guint         n_paths;
  gboolean      use_cache;
  guint64       cache_limit;
  guint         generation;
  GCancellable *superseded;
  GMainContext *context;
  FlPeaks      *peaks;            /* set once by the worker, atomically */
  gint          progress_pending; /* atomic */
  gint64        last_progress_us; /* under the decode's lock */
} Load;

static void
load_free (gpointer data)
{
  Load *load = data;

  g_free (load->paths[0]);
  g_free (load->paths[1]);
  g_clear_object (&load->superseded);
  g_main_context_unref (load->context);
  g_clear_pointer (&load->peaks, fl_peaks_unref);
  g_free (load);
}

static double
fraction_done (FlPeaks *peaks)
{
  gint64 duration = fl_peaks_get_duration (peaks);
  gint64 done = fl_peaks_frame_to_time (peaks, fl_peaks_get_n_frames (peaks));

  if (fl_peaks_is_complete (peaks))
    return 1.0;
  if (duration <= 0)
    return 0.0;
  return CLAMP ((double) done / (double) duration, 0.0, 1.0);
}

/* Identity of the recording: a changed file gets a new key and so misses
 * the cache. */
static char *
cache_key (Load    *load,
           GError **error)
{
  g_autoptr(GString) key = g_string_new (CACHE_KEY_VERSION "\n");

  for (guint i = 0; i < load->n_paths; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (load->paths[i]);
      g_autoptr(GFileInfo) info = NULL;
      g_autofree char *path = g_file_get_path (file);

      info = g_file_query_info (file,
                                G_FILE_ATTRIBUTE_STANDARD_SIZE ","
                                G_FILE_ATTRIBUTE_TIME_MODIFIED ","
                                G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC,
                                G_FILE_QUERY_INFO_NONE, NULL, error);
      if (info == NULL)
        return NULL;
      g_string_append_printf (key, "%s\n%" G_GOFFSET_FORMAT " %" G_GUINT64_FORMAT ".%06u\n",
                              path, g_file_info_get_size (info),
                              g_file_info_get_attribute_uint64 (info,
                                                                G_FILE_ATTRIBUTE_TIME_MODIFIED),
                              g_file_info_get_attribute_uint32 (info,
                                                                G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC));
    }
  return g_string_free (g_steal_pointer (&key), FALSE);
}

static char *
cache_path (const char *key)
{
  g_autofree char *dir = fl_peaks_loader_get_cache_dir ();
  g_autofree char *hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, key, -1);
  g_autofree char *name = g_strconcat (hash, ".peaks", NULL);

  return g_build_filename (dir, name, NULL);
}

static FlPeaks *
read_cache (const char *key)
{
  g_autofree char *path = cache_path (key);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GMappedFile) mapped = g_mapped_file_new (path, FALSE, NULL);
  FlPeaks *peaks;

  if (mapped == NULL)
    return NULL;
  bytes = g_mapped_file_get_bytes (mapped);
  peaks = fl_peaks_deserialize (bytes, key, &error);
  if (peaks == NULL)
    g_debug ("Ignoring the peaks cache %s: %s", path, error->message);
  else
    fl_peaks_cache_touch (path);
  return peaks;
}

static void
write_cache (FlPeaks    *peaks,
             const char *key,
             guint64     limit)
{
  g_autofree char *dir = fl_peaks_loader_get_cache_dir ();
  g_autofree char *path = cache_path (key);
  g_autoptr(GBytes) bytes = fl_peaks_serialize (peaks, key);
  g_autoptr(GError) error = NULL;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  if (g_mkdir_with_parents (dir, 0700) != 0
      || !g_file_set_contents_full (path, data, length, G_FILE_SET_CONTENTS_CONSISTENT, 0600,
                                    &error))
    g_debug ("Could not keep the peaks in %s: %s", path,
             error != NULL ? error->message : g_strerror (errno));
  fl_peaks_cache_prune (dir, limit);
}

static gboolean
emit_progress_cb (gpointer user_data)
{
  GTask *task = user_data;
  FlPeaksLoader *self = g_task_get_source_object (task);
  Load *load = g_task_get_task_data (task);
  FlPeaks *peaks = g_atomic_pointer_get (&load->peaks);

  g_atomic_int_set (&load->progress_pending, FALSE);
  if (peaks != NULL
      && load->generation == self->generation
      && !g_cancellable_is_cancelled (load->superseded)
      && !g_cancellable_is_cancelled (g_task_get_cancellable (task)))
    g_signal_emit (self, signals[PROGRESS], 0, peaks, fraction_done (peaks));
  return G_SOURCE_REMOVE;
}

/* Decoding side: asks the main context for a ::progress at most every
 * PROGRESS_INTERVAL_US, and never queues a second one before the first ran. */
static void
schedule_progress (GTask *task,
                   Load  *load)
{
  gint64 now = g_get_monotonic_time ();
  g_autoptr(GSource) source = NULL;

  if (load->last_progress_us != 0 && now - load->last_progress_us < PROGRESS_INTERVAL_US)
    return;
  if (!g_atomic_int_compare_and_exchange (&load->progress_pending, FALSE, TRUE))
    return;

  load->last_progress_us = now;
  source = g_idle_source_new ();
  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_static_name (source, "[fl-peaks-loader] progress");
  g_source_set_callback (source, emit_progress_cb, g_object_ref (task), g_object_unref);
  g_source_attach (source, load->context);
}

/* From a streaming thread of the decode. */
static void
decode_progress_cb (FlPeaks  *peaks,
                    gpointer  user_data)
{
  GTask *task = user_data;
  Load *load = g_task_get_task_data (task);

  if (g_atomic_pointer_get (&load->peaks) == NULL)
    g_atomic_pointer_set (&load->peaks, fl_peaks_ref (peaks));
  schedule_progress (task, load);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  Load *load = task_data;
  g_autoptr(FlPeaks) peaks = NULL;
  g_autofree char *key = NULL;
  GError *error = NULL;

  /* Superseded before it started: even a cached answer is no longer wanted. */
  if (g_cancellable_set_error_if_cancelled (load->superseded, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  for (guint i = 0; i < load->n_paths; i++)
    if (!fl_media_check_file (load->paths[i], &error))
      {
        g_task_return_error (task, error);
        return;
      }

  if (load->use_cache && (key = cache_key (load, NULL)) != NULL
      && (peaks = read_cache (key)) != NULL)
    {
      g_task_return_pointer (task, g_steal_pointer (&peaks), (GDestroyNotify) fl_peaks_unref);
      return;
    }

  peaks = fl_peaks_decode ((const char * const *) load->paths, cancellable, load->superseded,
                           decode_progress_cb, task, &error);
  if (peaks == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  if (key != NULL)
    {
      /* A file that changed while it was decoded keeps no cache entry. */
      g_autofree char *key_after = cache_key (load, NULL);

      if (g_strcmp0 (key, key_after) == 0)
        write_cache (peaks, key, load->cache_limit);
    }
  g_task_return_pointer (task, g_steal_pointer (&peaks), (GDestroyNotify) fl_peaks_unref);
}

static void
fl_peaks_loader_dispose (GObject *object)
{
  FlPeaksLoader *self = FL_PEAKS_LOADER (object);

  fl_peaks_loader_cancel (self);

  G_OBJECT_CLASS (fl_peaks_loader_parent_class)->dispose (object);
}

static void
fl_peaks_loader_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  FlPeaksLoader *self = FL_PEAKS_LOADER (object);

  switch (prop_id)
    {
    case PROP_USE_CACHE:
      g_value_set_boolean (value, self->use_cache);
      break;

    case PROP_CACHE_LIMIT:
      g_value_set_uint64 (value, self->cache_limit);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fl_peaks_loader_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  FlPeaksLoader *self = FL_PEAKS_LOADER (object);

  switch (prop_id)
    {
    case PROP_USE_CACHE:
      fl_peaks_loader_set_use_cache (self, g_value_get_boolean (value));
      break;

    case PROP_CACHE_LIMIT:
      self->cache_limit = g_value_get_uint64 (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fl_peaks_loader_class_init (FlPeaksLoaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = fl_peaks_loader_dispose;
  object_class->get_property = fl_peaks_loader_get_property;
  object_class->set_property = fl_peaks_loader_set_property;

  /* Off for benchmarks and for callers that must see a fresh decode. */
  properties[PROP_USE_CACHE] =
    g_param_spec_boolean ("use-cache", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_EXPLICIT_NOTIFY
                          | G_PARAM_STATIC_STRINGS);
  /* How much disk the cache may take; the least recently opened go first. */
  properties[PROP_CACHE_LIMIT] =
    g_param_spec_uint64 ("cache-limit", NULL, NULL, 0, G_MAXUINT64, FL_PEAKS_CACHE_DEFAULT_LIMIT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * FlPeaksLoader::progress:
   * @partial: the peaks being filled in; the same object the load returns
   * @fraction: how much is decoded, 0 to 1
   */
  signals[PROGRESS] =
    g_signal_new ("progress", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, FL_TYPE_PEAKS, G_TYPE_DOUBLE);

  fl_media_ensure_initialized ();
}

static void
fl_peaks_loader_init (FlPeaksLoader *self)
{
  self->use_cache = TRUE;
  self->cache_limit = FL_PEAKS_CACHE_DEFAULT_LIMIT;
}

FlPeaksLoader *
fl_peaks_loader_new (void)
{
  return g_object_new (FL_TYPE_PEAKS_LOADER, NULL);
}

void
fl_peaks_loader_load_async (FlPeaksLoader       *self,
                            const char          *path,
                            const char          *second_path,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Load *load;

  g_return_if_fail (FL_IS_PEAKS_LOADER (self));
  g_return_if_fail (path != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  fl_peaks_loader_cancel (self);
  self->current = g_cancellable_new ();
  self->generation++;

  load = g_new0 (Load, 1);
  load->paths[0] = g_strdup (path);
  load->paths[1] = g_strdup (second_path);
  load->n_paths = second_path != NULL ? 2 : 1;
  load->use_cache = self->use_cache;
  load->cache_limit = self->cache_limit;
  load->generation = self->generation;
  load->superseded = g_object_ref (self->current);
  load->context = g_main_context_ref_thread_default ();

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, fl_peaks_loader_load_async);
  g_task_set_task_data (task, load, load_free);
  g_task_run_in_thread (task, load_thread);
}

/**
 * fl_peaks_loader_load_finish:
 *
 * Returns: (transfer full): complete peaks, or %NULL with @error set in
 *   %FL_MEDIA_ERROR, or %G_IO_ERROR_CANCELLED
 */
FlPeaks *
fl_peaks_loader_load_finish (FlPeaksLoader  *self,
                             GAsyncResult   *result,
                             GError        **error)
{
  g_return_val_if_fail (FL_IS_PEAKS_LOADER (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == fl_peaks_loader_load_async,
                        NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

void
fl_peaks_loader_cancel (FlPeaksLoader *self)
{
  g_return_if_fail (FL_IS_PEAKS_LOADER (self));

  if (self->current != NULL)
    g_cancellable_cancel (self->current);
  g_clear_object (&self->current);
}

gboolean
fl_peaks_loader_get_use_cache (FlPeaksLoader *self)
{
  g_return_val_if_fail (FL_IS_PEAKS_LOADER (self), FALSE);

  return self->use_cache;
}

void
fl_peaks_loader_set_use_cache (FlPeaksLoader *self,
                               gboolean       use_cache)
{
  g_return_if_fail (FL_IS_PEAKS_LOADER (self));

  use_cache = !!use_cache;
  if (self->use_cache == use_cache)
    return;
  self->use_cache = use_cache;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_USE_CACHE]);
}

/**
 * fl_peaks_loader_get_cache_dir:
 *
 * Returns: (transfer full): where peaks are kept, $XDG_CACHE_HOME/floorlead/peaks
 */
char *
fl_peaks_loader_get_cache_dir (void)
{
  return g_build_filename (g_get_user_cache_dir (), "floorlead", "peaks", NULL);
}

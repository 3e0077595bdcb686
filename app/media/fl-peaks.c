/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-peaks"

#include "config.h"

#include <string.h>

#include "fl-peaks.h"

/* Peaks are kept as int16, one plane of minima and one of maxima per
 * channel, so folding a range is a plain loop the compiler vectorises. A
 * store never shrinks or moves: growing makes a bigger copy, publishes it,
 * and keeps the old one until the peaks are freed, so a reader that loaded
 * the old pointer still reads valid frames without taking a lock. */
typedef struct
{
  guint   capacity;
  gint16 *data;       /* [channel][0 = min, 1 = max][capacity] */
} Store;

struct _FlPeaks
{
  gatomicrefcount  ref_count;
  guint            n_channels;
  guint            sample_rate;
  gboolean         from_cache;

  Store           *store;      /* atomic */
  guint            n_frames;   /* atomic; frames below it are final */
  gint             complete;   /* atomic */

  GMutex           lock;       /* guards duration */
  gint64           duration;

  GPtrArray       *retired;    /* the writer's old stores */
};

G_DEFINE_BOXED_TYPE (FlPeaks, fl_peaks, fl_peaks_ref, fl_peaks_unref)

#define FILE_MAGIC        "FLPEAKS"
#define FILE_VERSION      1
#define FILE_HEADER_SIZE  56
#define CHECKSUM_OFFSET   40
#define CHECKSUM_LENGTH   16
#define MAX_FRAMES        (FL_PEAKS_FRAMES_PER_SECOND * 3600u * 24u * 7u)
#define MAX_KEY_LENGTH    65536
#define LANES             16
#define NS_PER_FRAME      (G_GINT64_CONSTANT (1000000000) / FL_PEAKS_FRAMES_PER_SECOND)

static Store *
store_new (guint n_channels,
           guint capacity)
{
  Store *store = g_new0 (Store, 1);

  store->capacity = capacity;
  store->data = g_new0 (gint16, (gsize) n_channels * 2 * MAX (capacity, 1));
  return store;
}

static void
store_free (gpointer data)
{
  Store *store = data;

  g_free (store->data);
  g_free (store);
}

static inline const gint16 *
store_plane (const Store *store,
             guint        channel,
             guint        which)
{
  return store->data + (gsize) (channel * 2 + which) * store->capacity;
}

/* Called by the writer only. */
static void
grow (FlPeaks *self,
      guint    needed)
{
  Store *old = self->store;
  Store *store = store_new (self->n_channels, MAX (needed, MAX (old->capacity * 2, 1024)));

  for (guint plane = 0; plane < self->n_channels * 2; plane++)
    memcpy (store->data + (gsize) plane * store->capacity,
            old->data + (gsize) plane * old->capacity,
            old->capacity * sizeof (gint16));
  g_atomic_pointer_set (&self->store, store);
  g_ptr_array_add (self->retired, old);
}

static inline float
to_float (gint16 value)
{
  return MAX (value, -32767) / 32767.0f;
}

/* The extremes of @n values; written with lanes so that it compiles to
 * packed min/max instructions. */
static void
fold_planes (const gint16 *mins,
             const gint16 *maxs,
             gsize         n,
             gint16       *lo,
             gint16       *hi)
{
  gint16 lane_lo[LANES];
  gint16 lane_hi[LANES];
  gsize i = 0;

  for (guint k = 0; k < LANES; k++)
    {
      lane_lo[k] = G_MAXINT16;
      lane_hi[k] = G_MININT16;
    }
  for (; i + LANES <= n; i += LANES)
    for (guint k = 0; k < LANES; k++)
      {
        lane_lo[k] = MIN (lane_lo[k], mins[i + k]);
        lane_hi[k] = MAX (lane_hi[k], maxs[i + k]);
      }
  for (; i < n; i++)
    {
      lane_lo[0] = MIN (lane_lo[0], mins[i]);
      lane_hi[0] = MAX (lane_hi[0], maxs[i]);
    }

  *lo = G_MAXINT16;
  *hi = G_MININT16;
  for (guint k = 0; k < LANES; k++)
    {
      *lo = MIN (*lo, lane_lo[k]);
      *hi = MAX (*hi, lane_hi[k]);
    }
}

/**
 * fl_peaks_new:
 * @n_channels: 1 to %FL_PEAKS_MAX_CHANNELS
 * @sample_rate: of the recording, for information
 * @duration: expected duration in nanoseconds, or -1; sizes the first store
 *
 * Returns: (transfer full): empty peaks, to be filled by one writer.
 */
FlPeaks *
fl_peaks_new (guint  n_channels,
              guint  sample_rate,
              gint64 duration)
{
  FlPeaks *self;
  guint capacity = 0;

  g_return_val_if_fail (n_channels >= 1 && n_channels <= FL_PEAKS_MAX_CHANNELS, NULL);

  if (duration > 0)
    capacity = (guint) MIN ((duration + NS_PER_FRAME - 1) / NS_PER_FRAME, MAX_FRAMES) + 1;

  self = g_new0 (FlPeaks, 1);
  g_atomic_ref_count_init (&self->ref_count);
  g_mutex_init (&self->lock);
  self->n_channels = n_channels;
  self->sample_rate = sample_rate;
  self->duration = duration > 0 ? duration : -1;
  self->store = store_new (n_channels, capacity);
  self->retired = g_ptr_array_new_with_free_func (store_free);
  return self;
}

FlPeaks *
fl_peaks_ref (FlPeaks *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
fl_peaks_unref (FlPeaks *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_ptr_array_unref (self->retired);
  store_free (self->store);
  g_mutex_clear (&self->lock);
  g_free (self);
}

guint
fl_peaks_get_n_channels (FlPeaks *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_channels;
}

guint
fl_peaks_get_sample_rate (FlPeaks *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->sample_rate;
}

guint
fl_peaks_get_frames_per_second (FlPeaks *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return FL_PEAKS_FRAMES_PER_SECOND;
}

gint64
fl_peaks_get_duration (FlPeaks *self)
{
  gint64 duration;

  g_return_val_if_fail (self != NULL, -1);

  g_mutex_lock (&self->lock);
  duration = self->duration;
  g_mutex_unlock (&self->lock);
  return duration;
}

guint
fl_peaks_get_n_frames (FlPeaks *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return g_atomic_int_get (&self->n_frames);
}

gboolean
fl_peaks_is_complete (FlPeaks *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return g_atomic_int_get (&self->complete);
}

gboolean
fl_peaks_is_from_cache (FlPeaks *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->from_cache;
}

void
fl_peaks_get_min_max (FlPeaks *self,
                      guint    channel,
                      guint    frame,
                      float   *min,
                      float   *max)
{
  const Store *store;

  g_return_if_fail (self != NULL);
  g_return_if_fail (channel < self->n_channels);
  g_return_if_fail (frame < (guint) g_atomic_int_get (&self->n_frames));

  store = g_atomic_pointer_get (&self->store);
  if (min != NULL)
    *min = to_float (store_plane (store, channel, 0)[frame]);
  if (max != NULL)
    *max = to_float (store_plane (store, channel, 1)[frame]);
}

gboolean
fl_peaks_fold (FlPeaks *self,
               guint    channel,
               guint    first_frame,
               guint    n_frames,
               float   *min,
               float   *max)
{
  const Store *store;
  guint available;
  gint16 lo;
  gint16 hi;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (channel < self->n_channels, FALSE);

  available = g_atomic_int_get (&self->n_frames);
  store = g_atomic_pointer_get (&self->store);
  if (first_frame >= available || n_frames == 0)
    {
      if (min != NULL)
        *min = 0;
      if (max != NULL)
        *max = 0;
      return FALSE;
    }

  n_frames = MIN (n_frames, available - first_frame);
  fold_planes (store_plane (store, channel, 0) + first_frame,
               store_plane (store, channel, 1) + first_frame,
               n_frames, &lo, &hi);
  if (min != NULL)
    *min = to_float (lo);
  if (max != NULL)
    *max = to_float (hi);
  return TRUE;
}

gint64
fl_peaks_frame_to_time (FlPeaks *self,
                        guint    frame)
{
  g_return_val_if_fail (self != NULL, 0);

  return (gint64) frame * NS_PER_FRAME;
}

guint
fl_peaks_time_to_frame (FlPeaks *self,
                        gint64   time)
{
  g_return_val_if_fail (self != NULL, 0);

  return (guint) CLAMP (time / NS_PER_FRAME, 0, (gint64) MAX_FRAMES);
}

void
fl_peaks_set_frame (FlPeaks *self,
                    guint    channel,
                    guint    frame,
                    gint16   min,
                    gint16   max)
{
  Store *store;

  g_return_if_fail (self != NULL);
  g_return_if_fail (channel < self->n_channels);
  g_return_if_fail (frame < MAX_FRAMES);

  if (frame >= self->store->capacity)
    grow (self, frame + 1);

  store = self->store;
  store->data[(gsize) (channel * 2) * store->capacity + frame] = min;
  store->data[(gsize) (channel * 2 + 1) * store->capacity + frame] = max;
}

void
fl_peaks_set_frames (FlPeaks      *self,
                     guint         first_channel,
                     guint         n_channels,
                     guint         first_frame,
                     const gint16 *frames,
                     guint         n_frames)
{
  Store *store;

  g_return_if_fail (self != NULL);
  g_return_if_fail (first_channel + n_channels <= self->n_channels);
  g_return_if_fail (n_frames <= MAX_FRAMES && first_frame <= MAX_FRAMES - n_frames);
  g_return_if_fail (frames != NULL || n_frames == 0);

  if (first_frame + n_frames > self->store->capacity)
    grow (self, first_frame + n_frames);

  store = self->store;
  for (guint c = 0; c < n_channels; c++)
    {
      gint16 *mins = store->data + (gsize) ((first_channel + c) * 2) * store->capacity + first_frame;
      gint16 *maxs = mins + store->capacity;
      const gint16 *in = frames + 2 * c;

      for (guint f = 0; f < n_frames; f++, in += 2 * n_channels)
        {
          mins[f] = in[0];
          maxs[f] = in[1];
        }
    }
}

void
fl_peaks_publish (FlPeaks *self,
                  guint    n_frames)
{
  g_return_if_fail (self != NULL);

  if (n_frames > self->store->capacity)
    grow (self, n_frames);
  g_atomic_int_set (&self->n_frames, n_frames);
}

void
fl_peaks_set_duration (FlPeaks *self,
                       gint64   duration)
{
  g_return_if_fail (self != NULL);

  g_mutex_lock (&self->lock);
  self->duration = duration >= 0 ? duration : -1;
  g_mutex_unlock (&self->lock);
}

void
fl_peaks_set_complete (FlPeaks *self)
{
  g_return_if_fail (self != NULL);

  g_atomic_int_set (&self->complete, TRUE);
}

static void
put_u32 (guint8  *p,
         guint32  value)
{
  value = GUINT32_TO_LE (value);
  memcpy (p, &value, sizeof value);
}

static guint32
get_u32 (const guint8 *p)
{
  guint32 value;

  memcpy (&value, p, sizeof value);
  return GUINT32_FROM_LE (value);
}

static void
put_i64 (guint8 *p,
         gint64  value)
{
  value = GINT64_TO_LE (value);
  memcpy (p, &value, sizeof value);
}

static gint64
get_i64 (const guint8 *p)
{
  gint64 value;

  memcpy (&value, p, sizeof value);
  return GINT64_FROM_LE (value);
}

/* MD5 of the whole file but its own 16 bytes: catches truncation and
 * damage; the cache is not a security boundary. */
static void
file_checksum (const guint8 *data,
               gsize         length,
               guint8        digest[CHECKSUM_LENGTH])
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_MD5);
  gsize digest_length = CHECKSUM_LENGTH;

  g_checksum_update (checksum, data, CHECKSUM_OFFSET);
  g_checksum_update (checksum, data + CHECKSUM_OFFSET + CHECKSUM_LENGTH,
                     length - CHECKSUM_OFFSET - CHECKSUM_LENGTH);
  g_checksum_get_digest (checksum, digest, &digest_length);
}

/**
 * fl_peaks_serialize:
 * @key: what the peaks were made from; fl_peaks_deserialize() checks it
 *
 * Layout, little-endian: "FLPEAKS\0", u32 version, u32 frames per second,
 * u32 channels, u32 sample rate, i64 duration, u32 frames, u32 key length,
 * 16-byte MD5 of the rest of the file, u8[8] zero, the key, then per channel
 * the minima and the maxima as int16.
 *
 * Returns: (transfer full): the cache file's contents
 */
GBytes *
fl_peaks_serialize (FlPeaks    *self,
                    const char *key)
{
  const Store *store;
  guint n_frames;
  gsize key_length;
  gsize length;
  guint8 *data;
  gint16 *out;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (key != NULL, NULL);

  n_frames = g_atomic_int_get (&self->n_frames);
  store = g_atomic_pointer_get (&self->store);
  key_length = strlen (key);
  g_return_val_if_fail (key_length <= MAX_KEY_LENGTH, NULL);

  length = FILE_HEADER_SIZE + key_length + (gsize) self->n_channels * 2 * n_frames * sizeof (gint16);
  data = g_malloc0 (length);
  memcpy (data, FILE_MAGIC, sizeof FILE_MAGIC);
  put_u32 (data + 8, FILE_VERSION);
  put_u32 (data + 12, FL_PEAKS_FRAMES_PER_SECOND);
  put_u32 (data + 16, self->n_channels);
  put_u32 (data + 20, self->sample_rate);
  put_i64 (data + 24, fl_peaks_get_duration (self));
  put_u32 (data + 32, n_frames);
  put_u32 (data + 36, key_length);
  memcpy (data + FILE_HEADER_SIZE, key, key_length);

  out = (gint16 *) (data + FILE_HEADER_SIZE + key_length);
  for (guint plane = 0; plane < self->n_channels * 2; plane++)
    {
      const gint16 *in = store->data + (gsize) plane * store->capacity;

      for (guint i = 0; i < n_frames; i++)
        {
          gint16 value = GINT16_TO_LE (in[i]);
          memcpy (out++, &value, sizeof value);
        }
    }

  file_checksum (data, length, data + CHECKSUM_OFFSET);
  return g_bytes_new_take (data, length);
}

static FlPeaks *
invalid (GError     **error,
         const char  *why)
{
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "Not a usable peaks file: %s", why);
  return NULL;
}

/**
 * fl_peaks_deserialize:
 * @bytes: a cache file's contents
 * @key: the identity the peaks must have been made for
 *
 * Returns: (transfer full): complete peaks, or %NULL with
 *   %G_IO_ERROR_INVALID_DATA if anything in @bytes does not add up
 */
FlPeaks *
fl_peaks_deserialize (GBytes      *bytes,
                      const char  *key,
                      GError     **error)
{
  g_autoptr(FlPeaks) peaks = NULL;
  const guint8 *data;
  const guint8 *in;
  gsize length;
  guint8 digest[CHECKSUM_LENGTH];
  guint32 n_channels;
  guint32 n_frames;
  guint32 key_length;
  guint64 payload;
  gint64 duration;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (key != NULL, NULL);

  data = g_bytes_get_data (bytes, &length);
  if (length < FILE_HEADER_SIZE || memcmp (data, FILE_MAGIC, sizeof FILE_MAGIC) != 0)
    return invalid (error, "no header");
  if (get_u32 (data + 8) != FILE_VERSION)
    return invalid (error, "another version");
  if (get_u32 (data + 12) != FL_PEAKS_FRAMES_PER_SECOND)
    return invalid (error, "another resolution");

  n_channels = get_u32 (data + 16);
  duration = get_i64 (data + 24);
  n_frames = get_u32 (data + 32);
  key_length = get_u32 (data + 36);
  if (n_channels < 1 || n_channels > FL_PEAKS_MAX_CHANNELS || n_frames > MAX_FRAMES
      || key_length > MAX_KEY_LENGTH || duration < -1)
    return invalid (error, "impossible sizes");

  payload = (guint64) n_channels * 2 * n_frames * sizeof (gint16);
  if ((guint64) length != FILE_HEADER_SIZE + key_length + payload)
    return invalid (error, "truncated or too long");
  if (key_length != strlen (key) || memcmp (data + FILE_HEADER_SIZE, key, key_length) != 0)
    return invalid (error, "made for another file");

  file_checksum (data, length, digest);
  if (memcmp (digest, data + CHECKSUM_OFFSET, CHECKSUM_LENGTH) != 0)
    return invalid (error, "checksum mismatch");

  peaks = fl_peaks_new (n_channels, get_u32 (data + 20), -1);
  store_free (peaks->store);
  peaks->store = store_new (n_channels, n_frames);
  in = data + FILE_HEADER_SIZE + key_length;
  for (gsize i = 0; i < (gsize) n_channels * 2 * n_frames; i++)
    {
      gint16 value;

      memcpy (&value, in + i * sizeof value, sizeof value);
      peaks->store->data[i] = GINT16_FROM_LE (value);
    }

  peaks->duration = duration;
  peaks->n_frames = n_frames;
  peaks->complete = TRUE;
  peaks->from_cache = TRUE;
  return g_steal_pointer (&peaks);
}

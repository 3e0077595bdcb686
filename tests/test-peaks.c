/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-peaks"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>
#include <utime.h>

#include "fl-media-error.h"
#include "fl-peaks-cache.h"
#include "fl-peaks-framer.h"
#include "fl-peaks-loader.h"
#include "fl-test-util.h"
#include "fl-test-media.h"

/* One load, run to the end on the test's main context. */
typedef struct
{
  FlPeaksLoader *loader;
  GMainLoop     *loop;
  FlPeaks       *peaks;
  GError        *error;
  guint          n_progress;
  guint          progress_after_done;
  gboolean       done;
  FlPeaks       *partial;
  double         last_fraction;
  gboolean       fractions_grow;
  guint          first_frames;
} Load;

static void
progress_cb (FlPeaksLoader *loader,
             FlPeaks       *partial,
             double         fraction,
             Load          *load)
{
  g_assert_true (fraction >= 0.0 && fraction <= 1.0);
  if (load->done)
    load->progress_after_done++;
  if (load->n_progress == 0)
    {
      load->partial = fl_peaks_ref (partial);
      load->first_frames = fl_peaks_get_n_frames (partial);
    }
  g_assert_true (partial == load->partial);
  load->fractions_grow = load->fractions_grow && fraction >= load->last_fraction;
  load->last_fraction = fraction;
  load->n_progress++;
}

static void
loaded_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  Load *load = user_data;

  load->peaks = fl_peaks_loader_load_finish (FL_PEAKS_LOADER (object), result, &load->error);
  load->done = TRUE;
  g_main_loop_quit (load->loop);
}

static void
load_init (Load          *load,
           FlPeaksLoader *loader)
{
  memset (load, 0, sizeof *load);
  load->loader = loader;
  load->loop = g_main_loop_new (NULL, FALSE);
  load->fractions_grow = TRUE;
  g_signal_connect (loader, "progress", G_CALLBACK (progress_cb), load);
}

static void
load_clear (Load *load)
{
  g_signal_handlers_disconnect_by_data (load->loader, load);
  g_clear_pointer (&load->loop, g_main_loop_unref);
  g_clear_pointer (&load->peaks, fl_peaks_unref);
  g_clear_pointer (&load->partial, fl_peaks_unref);
  g_clear_error (&load->error);
}

static void
load_run (Load       *load,
          const char *path,
          const char *second_path)
{
  fl_peaks_loader_load_async (load->loader, path, second_path, NULL, loaded_cb, load);
  g_main_loop_run (load->loop);
}

/* A loader that always decodes. */
static FlPeaksLoader *
fresh_loader (void)
{
  return g_object_new (FL_TYPE_PEAKS_LOADER, "use-cache", FALSE, NULL);
}

/* Loads and expects success. */
static FlPeaks *
load_peaks (FlPeaksLoader *loader,
            const char    *path,
            const char    *second_path)
{
  Load load;
  FlPeaks *peaks;

  load_init (&load, loader);
  load_run (&load, path, second_path);
  g_assert_no_error (load.error);
  g_assert_nonnull (load.peaks);
  g_assert_cmpuint (load.progress_after_done, ==, 0);
  peaks = g_steal_pointer (&load.peaks);
  load_clear (&load);
  return peaks;
}

static void
assert_peak (FlPeaks *peaks,
             guint    channel,
             double   expected,
             double   tolerance)
{
  float min, max;

  g_assert_true (fl_peaks_fold (peaks, channel, 0, G_MAXUINT, &min, &max));
  g_assert_cmpfloat_with_epsilon (max, expected, tolerance);
  g_assert_cmpfloat_with_epsilon (min, -expected, tolerance);
}

static void
assert_frames_match_duration (FlPeaks *peaks)
{
  gint64 duration = fl_peaks_get_duration (peaks);

  g_assert_true (fl_peaks_is_complete (peaks));
  g_assert_cmpuint (fl_peaks_get_frames_per_second (peaks), ==, FL_PEAKS_FRAMES_PER_SECOND);
  g_assert_cmpuint (fl_peaks_get_n_frames (peaks), ==,
                    (duration * FL_PEAKS_FRAMES_PER_SECOND + GST_SECOND - 1) / GST_SECOND);
}

typedef struct
{
  const char *file;
  guint       n_channels;
  double      amplitude_tolerance;
  double      silence_tolerance;
  double      duration_tolerance;   /* seconds: encoders pad */
} Format;

static const Format formats[] = {
  { "stereo-pcm.wav", 2, 0.002, 0.0001, 0.001 },
  { "stereo-ulaw.wav", 2, 0.02, 0.001, 0.001 },
  { "stereo-alaw.wav", 2, 0.02, 0.001, 0.001 },
  { "stereo.flac", 2, 0.002, 0.0001, 0.001 },
  { "stereo.mp3", 2, 0.06, 0.03, 0.25 },   /* the encoder pads the end */
  { "stereo.opus", 2, 0.06, 0.03, 0.03 },
  { "mono-gsm.WAV", 1, 0.06, 0, 0.05 },
};

/* A known signal: the left channel peaks at ±0.5, the right is silent, and
 * there is a peak pair per 10 ms of the 2 s. */
static void
test_format (gconstpointer data)
{
  const Format *format = data;
  g_autofree char *path = fl_test_media_path (format->file);
  g_autoptr(FlPeaksLoader) loader = fresh_loader ();
  g_autoptr(FlPeaks) peaks = load_peaks (loader, path, NULL);

  g_assert_cmpuint (fl_peaks_get_n_channels (peaks), ==, format->n_channels);
  /* Opus decodes at 48 kHz whatever rate went in, and FFmpeg's decoder,
   * which Floorlead prefers for speed, says so. */
  if (g_str_has_suffix (format->file, ".opus"))
    g_assert_true (fl_peaks_get_sample_rate (peaks) == 8000 || fl_peaks_get_sample_rate (peaks) == 48000);
  else
    g_assert_cmpuint (fl_peaks_get_sample_rate (peaks), ==, 8000);
  g_assert_false (fl_peaks_is_from_cache (peaks));
  assert_peak (peaks, 0, 0.5, format->amplitude_tolerance);
  if (format->n_channels == 2)
    assert_peak (peaks, 1, 0.0, format->silence_tolerance);
  g_assert_cmpfloat_with_epsilon (fl_peaks_get_duration (peaks) / (double) GST_SECOND, 2.0,
                                  format->duration_tolerance);
  assert_frames_match_duration (peaks);
}

/* Two mono legs make one stereo call: the agent (0.5, 2 s) on channel 0
 * and the customer (0.25, 1.5 s) on channel 1, silent after its end. */
static void
test_leg_pair (void)
{
  g_autofree char *in = fl_test_media_path ("leg-in.wav");
  g_autofree char *out = fl_test_media_path ("leg-out.wav");
  g_autoptr(FlPeaksLoader) loader = fresh_loader ();
  g_autoptr(FlPeaks) peaks = load_peaks (loader, in, out);
  float min, max;

  g_assert_cmpuint (fl_peaks_get_n_channels (peaks), ==, 2);
  g_assert_cmpuint (fl_peaks_get_n_frames (peaks), ==, 200);
  assert_peak (peaks, 0, 0.5, 0.002);
  assert_peak (peaks, 1, 0.25, 0.02);
  g_assert_true (fl_peaks_fold (peaks, 1, 0, 150, &min, &max));
  g_assert_cmpfloat_with_epsilon (max, 0.25, 0.02);
  g_assert_true (fl_peaks_fold (peaks, 1, 150, 50, &min, &max));
  g_assert_cmpfloat (max, ==, 0.0);
  g_assert_cmpfloat (min, ==, 0.0);
  g_assert_true (fl_peaks_fold (peaks, 0, 150, 50, &min, &max));
  g_assert_cmpfloat_with_epsilon (max, 0.5, 0.002);
  assert_frames_match_duration (peaks);
}

/* Samples numbered by their position, from @first, one channel. */
static gint16 *
ramp (guint first,
      guint n)
{
  gint16 *samples = g_new (gint16, n);

  for (guint i = 0; i < n; i++)
    samples[i] = (gint16) (first + i);
  return samples;
}

static void
assert_staged (FlPeaksFramer *framer,
               guint          index,
               gint16         lo,
               gint16         hi)
{
  const gint16 *pairs = (const gint16 *) (gpointer) framer->staged->data;

  g_assert_cmpuint (index, <, fl_peaks_framer_n_staged (framer));
  g_assert_cmpint (pairs[2 * index], ==, lo);
  g_assert_cmpint (pairs[2 * index + 1], ==, hi);
}

/* A part of a stream: frames 2 and 3 at 8 kHz (80 samples a frame) are
 * samples 160 to 319. A buffer that starts early is cut at the front, one
 * that runs on is cut at the end. */
static void
test_framer_part (void)
{
  FlPeaksFramer framer;
  g_autofree gint16 *samples = ramp (150, 250);   /* 150 to 399 */
  guint64 skip;

  fl_peaks_framer_init (&framer);
  fl_peaks_framer_set_part (&framer, 2, 4);
  g_assert_true (fl_peaks_framer_set_format (&framer, 1, 8000));
  g_assert_cmpuint (framer.position, ==, 160);

  skip = fl_peaks_framer_place (&framer, 150);
  g_assert_cmpuint (skip, ==, 10);
  fl_peaks_framer_fold (&framer, samples + skip, 250 - skip);
  fl_peaks_framer_finish (&framer);

  g_assert_cmpuint (framer.staged_first, ==, 2);
  g_assert_cmpuint (fl_peaks_framer_n_staged (&framer), ==, 2);
  assert_staged (&framer, 0, 160, 239);
  assert_staged (&framer, 1, 240, 319);
  g_assert_cmpuint (framer.frame, ==, 4);

  fl_peaks_framer_take_staged (&framer);
  g_assert_cmpuint (framer.staged_first, ==, 4);
  g_assert_cmpuint (fl_peaks_framer_n_staged (&framer), ==, 0);
  fl_peaks_framer_clear (&framer);
}

/* A part whose first buffer comes late: the gap is silence. At 44.1 kHz a
 * frame is 441 samples; frame 1 starts at sample 441. */
static void
test_framer_gap (void)
{
  FlPeaksFramer framer;
  g_autofree gint16 *samples = ramp (500, 900);   /* 500 to 1399 */

  fl_peaks_framer_init (&framer);
  fl_peaks_framer_set_part (&framer, 1, G_MAXUINT);
  g_assert_true (fl_peaks_framer_set_format (&framer, 1, 44100));
  g_assert_cmpuint (fl_peaks_framer_place (&framer, 500), ==, 0);
  fl_peaks_framer_fold (&framer, samples, 900);
  fl_peaks_framer_finish (&framer);

  g_assert_cmpuint (fl_peaks_framer_n_staged (&framer), ==, 3);
  assert_staged (&framer, 0, 0, 881);        /* 441..499 silent, 500..881 */
  assert_staged (&framer, 1, 882, 1322);
  assert_staged (&framer, 2, 1323, 1399);    /* the last, shorter frame */
  g_assert_false (fl_peaks_framer_set_format (&framer, 9, 8000));
  fl_peaks_framer_clear (&framer);
}

/* A long Ogg/Opus file decodes as two halves at once; the peaks must be
 * those of the whole file, each frame in its place, also across the middle
 * (35 s, where a tick starts). Compared with the same signal in PCM. */
static void
test_opus_halves (void)
{
  g_autoptr(FlPeaksLoader) loader = fresh_loader ();
  g_autoptr(FlPeaks) reference = NULL;
  g_autoptr(FlPeaks) peaks = NULL;
  g_autofree char *path = NULL;
  guint n_frames;

  path = fl_test_media_path ("long-pcm.wav");
  reference = load_peaks (loader, path, NULL);
  g_free (path);
  path = fl_test_media_path ("long.opus");

  g_test_expect_message ("fl-peaks-decoder", G_LOG_LEVEL_DEBUG, "*in two halves*");
  peaks = load_peaks (loader, path, NULL);
  g_test_assert_expected_messages ();

  n_frames = fl_peaks_get_n_frames (peaks);
  g_assert_cmpuint (n_frames, >=, 7000);
  g_assert_cmpuint (n_frames, <=, 7003);
  g_assert_cmpuint (fl_peaks_get_n_frames (reference), ==, 7000);
  assert_frames_match_duration (peaks);

  for (guint frame = 0; frame < 7000; frame++)
    for (guint channel = 0; channel < 2; channel++)
      {
        float min, max, expected_min, expected_max;

        fl_peaks_get_min_max (peaks, channel, frame, &min, &max);
        fl_peaks_get_min_max (reference, channel, frame, &expected_min, &expected_max);
        if (fabsf (max - expected_max) > 0.1f || fabsf (min - expected_min) > 0.1f)
          g_error ("Frame %u of channel %u: %.3f..%.3f, expected %.3f..%.3f", frame, channel,
                   min, max, expected_min, expected_max);
      }
}

static char **
cache_files (void)
{
  g_autofree char *dir = fl_peaks_loader_get_cache_dir ();
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) files = g_ptr_array_new ();
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    g_ptr_array_add (files, g_build_filename (dir, name, NULL));
  g_ptr_array_add (files, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&files), FALSE);
}

static void
assert_same_peaks (FlPeaks *a,
                   FlPeaks *b)
{
  g_assert_cmpuint (fl_peaks_get_n_channels (a), ==, fl_peaks_get_n_channels (b));
  g_assert_cmpuint (fl_peaks_get_n_frames (a), ==, fl_peaks_get_n_frames (b));
  g_assert_cmpint (fl_peaks_get_duration (a), ==, fl_peaks_get_duration (b));
  g_assert_cmpuint (fl_peaks_get_sample_rate (a), ==, fl_peaks_get_sample_rate (b));
  for (guint c = 0; c < fl_peaks_get_n_channels (a); c++)
    for (guint f = 0; f < fl_peaks_get_n_frames (a); f++)
      {
        float a_min, a_max, b_min, b_max;

        fl_peaks_get_min_max (a, c, f, &a_min, &a_max);
        fl_peaks_get_min_max (b, c, f, &b_min, &b_max);
        g_assert_cmpfloat (a_min, ==, b_min);
        g_assert_cmpfloat (a_max, ==, b_max);
      }
}

/* The second load of a file reads the cache: no decoding, no progress. */
static void
test_cache_hit (void)
{
  g_autofree char *path = fl_test_media_path ("stereo.flac");
  g_autoptr(FlPeaksLoader) loader = fl_peaks_loader_new ();
  g_autoptr(FlPeaks) first = load_peaks (loader, path, NULL);
  g_auto(GStrv) files = cache_files ();
  g_autoptr(FlPeaks) second = NULL;
  Load load;

  g_assert_false (fl_peaks_is_from_cache (first));
  g_assert_cmpuint (g_strv_length (files), ==, 1);
  g_assert_true (g_str_has_suffix (files[0], ".peaks"));

  load_init (&load, loader);
  load_run (&load, path, NULL);
  g_assert_no_error (load.error);
  second = g_steal_pointer (&load.peaks);
  g_assert_cmpuint (load.n_progress, ==, 0);
  load_clear (&load);

  g_assert_true (fl_peaks_is_from_cache (second));
  g_assert_true (fl_peaks_is_complete (second));
  assert_same_peaks (first, second);
}

static void
copy_file (const char *from,
           const char *to)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_file_get_contents (from, &contents, &length, &error);
  g_assert_no_error (error);
  g_file_set_contents (to, contents, length, &error);
  g_assert_no_error (error);
}

static void
set_mtime (const char *path,
           gint64      seconds)
{
  struct utimbuf times = { seconds, seconds };

  g_assert_cmpint (g_utime (path, &times), ==, 0);
}

/* The cache keeps under its limit: the least recently used files go
 * first, a hit counts as a use, and other files are left alone. */
static void
test_cache_prune (void)
{
  g_autofree char *dir = g_dir_make_tmp ("peaks-cache-XXXXXX", NULL);
  g_autofree char *oldest = g_build_filename (dir, "a.peaks", NULL);
  g_autofree char *middle = g_build_filename (dir, "b.peaks", NULL);
  g_autofree char *newest = g_build_filename (dir, "c.peaks", NULL);
  g_autofree char *other = g_build_filename (dir, "notes.txt", NULL);
  g_autofree char *hundred = g_strnfill (100, 'x');

  for (guint i = 0; i < 3; i++)
    {
      const char *path = (const char *[]) { oldest, middle, newest }[i];

      g_assert_true (g_file_set_contents (path, hundred, 100, NULL));
      set_mtime (path, 1700000000 + i * 60);
    }
  g_assert_true (g_file_set_contents (other, hundred, 100, NULL));
  set_mtime (other, 1600000000);

  /* Under the limit: nothing goes. */
  g_assert_cmpuint (fl_peaks_cache_prune (dir, 300), ==, 0);
  g_assert_true (g_file_test (oldest, G_FILE_TEST_EXISTS));

  /* Opened again, the oldest becomes the newest: the middle one goes. */
  fl_peaks_cache_touch (oldest);
  g_assert_cmpuint (fl_peaks_cache_prune (dir, 250), ==, 1);
  g_assert_false (g_file_test (middle, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (oldest, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (newest, G_FILE_TEST_EXISTS));

  /* No room at all: every peaks file goes, nothing else. */
  g_assert_cmpuint (fl_peaks_cache_prune (dir, 0), ==, 2);
  g_assert_true (g_file_test (other, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (fl_peaks_cache_prune ("/nonexistent/peaks", 0), ==, 0);

  g_unlink (other);
  g_rmdir (dir);
}

/* The loader prunes after writing: with no room, no cache file stays. */
static void
test_cache_limit (void)
{
  g_autofree char *path = fl_test_media_path ("stereo.flac");
  g_autoptr(FlPeaksLoader) loader = g_object_new (FL_TYPE_PEAKS_LOADER, "cache-limit", (guint64) 1, NULL);
  g_autoptr(FlPeaks) peaks = load_peaks (loader, path, NULL);
  g_auto(GStrv) files = cache_files ();
  g_autoptr(FlPeaksLoader) default_loader = fl_peaks_loader_new ();
  guint64 limit = 0;

  g_assert_nonnull (peaks);
  g_assert_cmpuint (g_strv_length (files), ==, 0);
  g_object_get (default_loader, "cache-limit", &limit, NULL);
  g_assert_cmpuint (limit, ==, FL_PEAKS_CACHE_DEFAULT_LIMIT);
}

/* A recording replaced by another file, even one of the same size, is decoded again. */
static void
test_cache_invalidated (void)
{
  g_autofree char *folder = fl_test_make_folder ();
  g_autofree char *path = g_build_filename (folder, "call.wav", NULL);
  g_autofree char *ulaw = fl_test_media_path ("stereo-ulaw.wav");
  g_autofree char *alaw = fl_test_media_path ("stereo-alaw.wav");
  g_autofree char *pcm = fl_test_media_path ("stereo-pcm.wav");
  g_autoptr(FlPeaksLoader) loader = fl_peaks_loader_new ();
  g_autoptr(FlPeaks) first = NULL;
  g_autoptr(FlPeaks) again = NULL;
  g_autoptr(FlPeaks) changed = NULL;
  g_autoptr(FlPeaks) resized = NULL;

  copy_file (ulaw, path);
  set_mtime (path, 1700000000);
  first = load_peaks (loader, path, NULL);
  again = load_peaks (loader, path, NULL);
  g_assert_true (fl_peaks_is_from_cache (again));

  /* The A-law file has the same size; only the time stamp tells. */
  copy_file (alaw, path);
  set_mtime (path, 1700000100);
  changed = load_peaks (loader, path, NULL);
  g_assert_false (fl_peaks_is_from_cache (changed));
  assert_peak (changed, 0, 0.5, 0.02);

  /* A different size with the same time stamp tells too. */
  copy_file (pcm, path);
  set_mtime (path, 1700000100);
  resized = load_peaks (loader, path, NULL);
  g_assert_false (fl_peaks_is_from_cache (resized));
  assert_peak (resized, 0, 0.5, 0.002);

  fl_test_remove_folder (folder);
}

static void
damage_cache (const char *path,
              guint       how)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  switch (how)
    {
    case 0: /* cut short */
      length /= 2;
      break;
    case 1: /* one flipped byte in the peaks */
      contents[length - 3] ^= 0x40;
      break;
    case 2: /* another version */
      contents[8] = 99;
      break;
    case 3: /* no header at all */
      length = 10;
      break;
    default: /* random bytes */
      for (gsize i = 0; i < length; i++)
        contents[i] = (char) g_test_rand_int ();
      break;
    }
  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
}

/* A damaged cache file is never trusted: the file is decoded again and
 * the cache rewritten. */
static void
test_cache_corrupt (void)
{
  g_autofree char *path = fl_test_media_path ("stereo-pcm.wav");
  g_autoptr(FlPeaksLoader) loader = fl_peaks_loader_new ();
  g_autoptr(FlPeaks) good = load_peaks (loader, path, NULL);

  for (guint how = 0; how < 5; how++)
    {
      g_auto(GStrv) files = cache_files ();
      g_autoptr(FlPeaks) peaks = NULL;
      g_autoptr(FlPeaks) cached = NULL;

      g_assert_cmpuint (g_strv_length (files), ==, 1);
      damage_cache (files[0], how);
      peaks = load_peaks (loader, path, NULL);
      g_assert_false (fl_peaks_is_from_cache (peaks));
      assert_same_peaks (good, peaks);
      cached = load_peaks (loader, path, NULL);
      g_assert_true (fl_peaks_is_from_cache (cached));
    }
}

static FlPeaks *
synthetic_peaks (guint n_frames)
{
  FlPeaks *peaks = fl_peaks_new (2, 8000, -1);

  for (guint f = 0; f < n_frames; f++)
    {
      gint16 level = (gint16) ((f * 37) % 30000);

      fl_peaks_set_frame (peaks, 0, f, -level, level);
      fl_peaks_set_frame (peaks, 1, f, -level / 2, level / 3);
    }
  fl_peaks_publish (peaks, n_frames);
  fl_peaks_set_duration (peaks, (gint64) n_frames * 10 * G_TIME_SPAN_MILLISECOND * 1000);
  fl_peaks_set_complete (peaks);
  return peaks;
}

/* Every truncation, a flipped byte anywhere and a different key are refused. */
static void
test_serialize (void)
{
  g_autoptr(FlPeaks) peaks = synthetic_peaks (300);
  g_autoptr(GBytes) bytes = fl_peaks_serialize (peaks, "call A");
  g_autoptr(FlPeaks) back = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;
  const guint8 *data = g_bytes_get_data (bytes, &length);

  back = fl_peaks_deserialize (bytes, "call A", &error);
  g_assert_no_error (error);
  assert_same_peaks (peaks, back);
  g_assert_true (fl_peaks_is_from_cache (back));

  g_assert_null (fl_peaks_deserialize (bytes, "call B", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_clear_error (&error);

  for (gsize cut = 0; cut < length; cut += 7)
    {
      g_autoptr(GBytes) part = g_bytes_new_from_bytes (bytes, 0, cut);

      g_assert_null (fl_peaks_deserialize (part, "call A", &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
      g_clear_error (&error);
    }

  for (gsize i = 0; i < length; i += 5)
    {
      g_autofree guint8 *copy = g_memdup2 (data, length);
      g_autoptr(GBytes) damaged = NULL;

      copy[i] ^= 0x01;
      damaged = g_bytes_new (copy, length);
      g_assert_null (fl_peaks_deserialize (damaged, "call A", &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
      g_clear_error (&error);
    }
}

/* Folding a range gives the extremes of its frames, cut to what is decoded;
 * peaks of unknown length grow as frames arrive. */
static void
test_fold (void)
{
  g_autoptr(FlPeaks) peaks = synthetic_peaks (5000);
  float min, max;
  float expected_min = 0, expected_max = 0;

  for (guint f = 1234; f < 1234 + 700; f++)
    {
      float frame_min, frame_max;

      fl_peaks_get_min_max (peaks, 1, f, &frame_min, &frame_max);
      expected_min = MIN (expected_min, frame_min);
      expected_max = MAX (expected_max, frame_max);
    }
  g_assert_true (fl_peaks_fold (peaks, 1, 1234, 700, &min, &max));
  g_assert_cmpfloat (min, ==, expected_min);
  g_assert_cmpfloat (max, ==, expected_max);

  g_assert_true (fl_peaks_fold (peaks, 0, 4999, 1000, &min, &max));
  g_assert_cmpfloat_with_epsilon (max, ((4999 * 37) % 30000) / 32767.0, 1e-6);
  g_assert_false (fl_peaks_fold (peaks, 0, 5000, 10, &min, &max));
  g_assert_cmpfloat (max, ==, 0.0);
  g_assert_cmpuint (fl_peaks_time_to_frame (peaks, 2 * GST_SECOND), ==, 200);
  g_assert_cmpint (fl_peaks_frame_to_time (peaks, 250), ==, 2500 * GST_MSECOND);
}

/* A long file: the waveform arrives in growing parts, the first one soon. */
static void
test_progress (void)
{
  g_autofree char *folder = fl_test_make_folder ();
  g_autofree char *path = g_build_filename (folder, "long.wav", NULL);
  g_autoptr(FlPeaksLoader) loader = fresh_loader ();
  Load load;

  fl_test_write_wav (path, 8000, 2, 20 * 60 * 8000);
  load_init (&load, loader);
  load_run (&load, path, NULL);
  g_assert_no_error (load.error);
  g_assert_cmpuint (load.n_progress, >=, 1);
  g_assert_true (load.partial == load.peaks);
  g_assert_cmpuint (load.first_frames, >, 0);
  g_assert_cmpuint (load.first_frames, <=, fl_peaks_get_n_frames (load.peaks));
  g_assert_true (load.fractions_grow);
  g_assert_cmpuint (load.progress_after_done, ==, 0);
  g_assert_cmpuint (fl_peaks_get_n_frames (load.peaks), ==, 20 * 60 * 100);
  assert_peak (load.peaks, 0, 0.5, 0.001);
  g_test_message ("%u progress emissions", load.n_progress);
  load_clear (&load);
  fl_test_remove_folder (folder);
}

static void
cancel_on_progress_cb (FlPeaksLoader *loader,
                       FlPeaks       *partial,
                       double         fraction,
                       GCancellable  *cancellable)
{
  g_cancellable_cancel (cancellable);
}

/* Cancelling stops the decode; a new load cancels the one before. */
static void
test_cancel (void)
{
  g_autofree char *folder = fl_test_make_folder ();
  g_autofree char *path = g_build_filename (folder, "long.wav", NULL);
  g_autofree char *short_path = fl_test_media_path ("stereo-pcm.wav");
  g_autoptr(FlPeaksLoader) loader = fresh_loader ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  Load first, second;
  gint64 start;

  fl_test_write_wav (path, 8000, 2, 30 * 60 * 8000);

  /* From the first progress. */
  load_init (&first, loader);
  g_signal_connect (loader, "progress", G_CALLBACK (cancel_on_progress_cb), cancellable);
  start = g_get_monotonic_time ();
  fl_peaks_loader_load_async (loader, path, NULL, cancellable, loaded_cb, &first);
  g_main_loop_run (first.loop);
  g_assert_error (first.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (first.peaks);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 5 * G_USEC_PER_SEC);
  g_signal_handlers_disconnect_by_func (loader, cancel_on_progress_cb, cancellable);
  load_clear (&first);

  /* By the next load. */
  load_init (&first, loader);
  load_init (&second, loader);
  g_signal_handlers_disconnect_by_data (loader, &first);
  fl_peaks_loader_load_async (loader, path, NULL, NULL, loaded_cb, &first);
  fl_peaks_loader_load_async (loader, short_path, NULL, NULL, loaded_cb, &second);
  if (!first.done)
    g_main_loop_run (first.loop);
  if (!second.done)
    g_main_loop_run (second.loop);
  g_assert_error (first.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_no_error (second.error);
  g_assert_cmpuint (fl_peaks_get_n_frames (second.peaks), ==, 200);
  load_clear (&first);
  load_clear (&second);
  fl_test_remove_folder (folder);
}

/* Files that are not usable recordings give an error that says why. */
static void
test_bad_input (gconstpointer data)
{
  const FlTestBadInput *input = data;
  g_autofree char *folder = fl_test_make_folder ();
  g_autofree char *path = fl_test_make_bad_input (folder, input);
  g_autoptr(FlPeaksLoader) loader = fl_peaks_loader_new ();
  g_autofree char *display = NULL;
  Load load;

  if (path == NULL)
    {
      g_test_skip ("A decoder for this format is installed");
      fl_test_remove_bad_input (folder);
      return;
    }
  display = g_filename_display_name (path);

  load_init (&load, loader);
  load_run (&load, path, NULL);
  g_assert_error (load.error, FL_MEDIA_ERROR, (int) input->code);
  g_assert_nonnull (strstr (load.error->message, display));
  if (input->words != NULL)
    g_assert_nonnull (strstr (load.error->message, input->words));
  g_assert_null (load.peaks);
  load_clear (&load);
  fl_test_remove_bad_input (folder);
}

/* What a file holds counts, not what its name says. */
static void
test_wrong_extension (void)
{
  g_autofree char *folder = fl_test_make_folder ();
  g_autofree char *path = g_build_filename (folder, "really-flac.wav", NULL);
  g_autofree char *flac = fl_test_media_path ("stereo.flac");
  g_autoptr(FlPeaksLoader) loader = fl_peaks_loader_new ();
  g_autoptr(FlPeaks) peaks = NULL;

  copy_file (flac, path);
  peaks = load_peaks (loader, path, NULL);
  assert_peak (peaks, 0, 0.5, 0.002);
  fl_test_remove_folder (folder);
}

/* The other leg of a pair being missing names that leg. */
static void
test_missing_leg (void)
{
  g_autofree char *in = fl_test_media_path ("leg-in.wav");
  g_autofree char *out = fl_test_media_path ("no-such-leg-out.wav");
  g_autoptr(FlPeaksLoader) loader = fl_peaks_loader_new ();
  g_autofree char *expected = NULL;
  Load load;

  expected = g_strdup_printf ("The recording file is missing: %s", out);
  load_init (&load, loader);
  load_run (&load, in, out);
  g_assert_error (load.error, FL_MEDIA_ERROR, FL_MEDIA_ERROR_MISSING);
  g_assert_cmpstr (load.error->message, ==, expected);
  load_clear (&load);
}

/* A WAV header with no samples is a recording of nothing, not an error. */
static void
test_no_samples (void)
{
  g_autofree char *folder = fl_test_make_folder ();
  g_autofree char *path = g_build_filename (folder, "hung-up.wav", NULL);
  g_autoptr(FlPeaksLoader) loader = fl_peaks_loader_new ();
  g_autoptr(FlPeaks) peaks = NULL;

  fl_test_write_wav (path, 8000, 2, 0);
  peaks = load_peaks (loader, path, NULL);
  g_assert_cmpuint (fl_peaks_get_n_channels (peaks), ==, 2);
  g_assert_cmpuint (fl_peaks_get_n_frames (peaks), ==, 0);
  g_assert_cmpint (fl_peaks_get_duration (peaks), ==, 0);
  g_assert_true (fl_peaks_is_complete (peaks));
  fl_test_remove_folder (folder);
}

int
main (int   argc,
      char *argv[])
{
  fl_test_init (&argc, &argv);

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *name = g_strdup_printf ("/peaks/format/%s", formats[i].file);

      g_test_add_data_func (name, &formats[i], test_format);
    }
  g_test_add_func ("/peaks/leg-pair", test_leg_pair);
  g_test_add_func ("/peaks/opus-halves", test_opus_halves);
  g_test_add_func ("/peaks/framer/part", test_framer_part);
  g_test_add_func ("/peaks/framer/gap", test_framer_gap);
  g_test_add_func ("/peaks/cache/hit", test_cache_hit);
  g_test_add_func ("/peaks/cache/invalidated-by-change", test_cache_invalidated);
  g_test_add_func ("/peaks/cache/corrupt-file-ignored", test_cache_corrupt);
  g_test_add_func ("/peaks/cache/serialize-checks-everything", test_serialize);
  g_test_add_func ("/peaks/cache/prune-least-recently-used", test_cache_prune);
  g_test_add_func ("/peaks/cache/limit", test_cache_limit);
  g_test_add_func ("/peaks/fold", test_fold);
  g_test_add_func ("/peaks/progress", test_progress);
  g_test_add_func ("/peaks/cancel", test_cancel);
  for (guint i = 0; i < fl_test_n_bad_inputs; i++)
    {
      g_autofree char *name = g_strdup_printf ("/peaks/bad-input/%s", fl_test_bad_inputs[i].name);

      g_test_add_data_func (name, &fl_test_bad_inputs[i], test_bad_input);
    }
  g_test_add_func ("/peaks/bad-input/missing-leg", test_missing_leg);
  g_test_add_func ("/peaks/no-samples", test_no_samples);
  g_test_add_func ("/peaks/wrong-extension", test_wrong_extension);

  return g_test_run ();
}

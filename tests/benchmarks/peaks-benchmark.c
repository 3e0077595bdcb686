/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Waveform peaks of a 60-minute 8 kHz stereo call in each format calls
 * arrive in, against the decode alone:
 *
 *   gst-launch-1.0 filesrc location=F ! decodebin ! audioconvert ! fakesink sync=false
 *
 * Prints a table; asserts nothing. The call is speech from espeak-ng, the
 * agent on the left and the customer on the right taking turns, over a
 * little line noise. The files are made once in
 * $FLOORLEAD_BENCHMARK_DIR (default $XDG_CACHE_HOME/floorlead-benchmark)
 * and reused. Each time is the best of $FLOORLEAD_BENCHMARK_RUNS (3) runs,
 * the floor and the loader taking turns. Run it from a build without
 * sanitizers:
 *
 *   meson test -C BUILD --benchmark peaks -v
 *
 * It also prints how long the waveform's zoomed-out fold takes, how fast the
 * player opens and starts, and the process's peak RSS.
 */
#define G_LOG_DOMAIN "peaks-benchmark"

#include <glib/gstdio.h>
#include <gst/gst.h>
#include <locale.h>
#include <stdio.h>
#include <sys/resource.h>

#include "fl-peaks-loader.h"
#include "fl-player.h"

#define CALL_SECONDS (60 * 60)
#define RATE         8000
#define FILES_VERSION "1"

typedef struct
{
  const char *name;
  const char *file;
  const char *encoder;       /* gst-launch elements after the raw stereo source */
  gboolean    mono;
  double      target_ratio;  /* of the decode floor; 0 for an absolute target */
  double      target_seconds;
} Format;

static const Format formats[] = {
  { "µ-law WAV", "call-ulaw.wav", "mulawenc ! wavenc", FALSE, 1.15, 0 },
  { "PCM WAV", "call-pcm.wav", "wavenc", FALSE, 1.15, 0 },
  { "FLAC", "call.flac", "flacenc", FALSE, 1.15, 0 },
  { "MP3", "call.mp3", "lamemp3enc target=bitrate bitrate=32 cbr=true ! xingmux", FALSE, 1.15, 0 },
  { "GSM WAV49 (mono)", "call-gsm.WAV", NULL, TRUE, 1.15, 0 },
  { "Ogg/Opus", "call.opus", "opusenc ! oggmux", FALSE, 0, 6.0 },
};

static const char *agent_lines[] = {
  "Thank you for calling, my name is Lina, job number one zero two three. How can I help you today?",
  "I understand. Let me check your account, please hold on for a moment.",
  "Sorry to keep you waiting. I can see the invoice from last month.",
  "Is there anything else I can help you with?",
};
static const char *customer_lines[] = {
  "您好,我想查询一下上个月的账单。",
  "好的,我等一下。",
  "为什么这个月的费用比上个月多了这么多?",
  "没有了,谢谢。",
};

static void
run (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL,
                     NULL, NULL, NULL, NULL, &status, &error)
      || !g_spawn_check_wait_status (status, &error))
    g_error ("%s: %s", argv[0], error->message);
}

static void
gst_launch (const char *pipeline)
{
  g_autofree char *command = g_strdup_printf ("gst-launch-1.0 -q %s", pipeline);
  g_auto(GStrv) argv = NULL;
  g_autoptr(GError) error = NULL;

  if (!g_shell_parse_argv (command, NULL, &argv, &error))
    g_error ("%s", error->message);
  run ((const char * const *) argv);
}

/* One spoken line as 8 kHz mono samples. */
static GBytes *
speak (const char *dir,
       const char *voice,
       const char *text)
{
  g_autofree char *wav = g_build_filename (dir, "line.wav", NULL);
  g_autofree char *raw = g_build_filename (dir, "line.raw", NULL);
  g_autofree char *pipeline = NULL;
  const char *argv[] = { "espeak-ng", "-v", voice, "-w", wav, text, NULL };
  g_autofree char *contents = NULL;
  gsize length;

  run (argv);
  pipeline = g_strdup_printf ("filesrc location=%s ! wavparse ! audioconvert ! audioresample ! "
                              "audio/x-raw,format=S16LE,rate=%d,channels=1 ! filesink location=%s",
                              wav, RATE, raw);
  gst_launch (pipeline);
  if (!g_file_get_contents (raw, &contents, &length, NULL))
    g_error ("No speech from espeak-ng");
  g_unlink (wav);
  g_unlink (raw);
  return g_bytes_new_take (g_steal_pointer (&contents), length);
}

/* The call as raw S16 stereo: turns of speech with half a second between
 * them, and noise of a few LSB on both channels throughout. */
static void
write_call (const char *dir,
            const char *path)
{
  g_autoptr(GPtrArray) agent = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  g_autoptr(GPtrArray) customer = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  g_autoptr(GRand) rand = g_rand_new_with_seed (1023);
  g_autofree gint16 *second = g_new (gint16, RATE * 2);
  guint64 total = (guint64) CALL_SECONDS * RATE;
  guint64 turn_start = 0;
  guint turn = 0;
  FILE *file;

  for (guint i = 0; i < G_N_ELEMENTS (agent_lines); i++)
    {
      g_ptr_array_add (agent, speak (dir, "en-us", agent_lines[i]));
      g_ptr_array_add (customer, speak (dir, "cmn", customer_lines[i]));
    }

  file = fopen (path, "wb");
  g_assert_nonnull (file);
  for (guint64 done = 0; done < total; done += RATE)
    {
      for (guint i = 0; i < RATE; i++)
        {
          guint64 at = done + i;
          GBytes *line = g_ptr_array_index (turn % 2 ? customer : agent, (turn / 2) % agent->len);
          gsize n = g_bytes_get_size (line) / 2;
          const gint16 *speech = g_bytes_get_data (line, NULL);
          guint64 offset = at - turn_start;

          second[2 * i] = (gint16) g_rand_int_range (rand, -24, 25);
          second[2 * i + 1] = (gint16) g_rand_int_range (rand, -24, 25);
          if (offset < n)
            second[2 * i + turn % 2] += speech[offset] / 2;
          else if (offset >= n + RATE / 2)
            {
              turn_start = at;
              turn++;
            }
        }
      fwrite (second, sizeof (gint16) * 2, RATE, file);
    }
  fclose (file);
}

/* Not g_get_user_cache_dir(): GLib keeps its first answer, and the peaks
 * cache must go to a folder of its own (see main()). */
static char *
files_dir (void)
{
  const char *dir = g_getenv ("FLOORLEAD_BENCHMARK_DIR");
  const char *cache = g_getenv ("XDG_CACHE_HOME");

  if (dir != NULL)
    return g_strdup (dir);
  if (cache != NULL && g_path_is_absolute (cache))
    return g_build_filename (cache, "floorlead-benchmark", NULL);
  return g_build_filename (g_get_home_dir (), ".cache", "floorlead-benchmark", NULL);
}

static char *
make_files (void)
{
  g_autofree char *dir = files_dir ();
  g_autofree char *stamp = g_build_filename (dir, "files-version", NULL);
  g_autofree char *raw = g_build_filename (dir, "call.raw", NULL);
  g_autofree char *gsm = g_build_filename (dir, "call-mono.gsm", NULL);
  g_autofree char *version = NULL;

  if (g_file_get_contents (stamp, &version, NULL, NULL) && g_str_equal (version, FILES_VERSION))
    return g_steal_pointer (&dir);

  g_print ("Making the 60-minute call in %s (once)…\n", dir);
  g_mkdir_with_parents (dir, 0700);
  write_call (dir, raw);
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      const Format *format = &formats[i];
      g_autofree char *path = g_build_filename (dir, format->file, NULL);
      g_autofree char *pipeline = NULL;
      g_autofree char *from = g_strdup_printf ("filesrc location=%s ! rawaudioparse format=pcm "
                                               "pcm-format=s16le sample-rate=%d num-channels=2 ! "
                                               "audioconvert", raw, RATE);

      if (format->encoder != NULL)
        {
          pipeline = g_strdup_printf ("%s ! %s ! filesink location=%s", from, format->encoder, path);
          gst_launch (pipeline);
        }
      else
        {
          /* GSM: both sides mixed to mono, as Asterisk writes WAV49. */
          const char *argv[] = { g_getenv ("FLOORLEAD_MAKE_WAV49"), gsm, path, NULL };

          if (argv[0] == NULL)
            g_error ("FLOORLEAD_MAKE_WAV49 must name the fl-make-wav49 program");
          pipeline = g_strdup_printf ("%s ! audio/x-raw,channels=1 ! gsmenc ! filesink location=%s",
                                      from, gsm);
          gst_launch (pipeline);
          run (argv);
          g_unlink (gsm);
        }
    }
  g_unlink (raw);
  g_file_set_contents (stamp, FILES_VERSION, -1, NULL);
  return g_steal_pointer (&dir);
}

/* Seconds for the decode alone, in a process of its own as a user would run it. */
/* $FLOORLEAD_BENCHMARK_RUNS, default 3: each number is the best of these. */
static guint
runs (void)
{
  const char *value = g_getenv ("FLOORLEAD_BENCHMARK_RUNS");
  guint64 count = value != NULL ? g_ascii_strtoull (value, NULL, 10) : 0;

  return count > 0 ? (guint) MIN (count, 100) : 3;
}

/* Seconds on the clock and of CPU (all threads, user and system). On a
 * shared machine the clock depends on what else runs; the CPU time much
 * less. */
typedef struct
{
  double wall;
  double cpu;
} Timing;

static double
cpu_seconds (int who)
{
  struct rusage usage;

  getrusage (who, &usage);
  return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec
         + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / (double) G_USEC_PER_SEC;
}

static void
keep_best (Timing *best,
           Timing  timing)
{
  best->wall = MIN (best->wall, timing.wall);
  best->cpu = MIN (best->cpu, timing.cpu);
}

/* The decode alone, in a process of its own as a user would run it. */
static Timing
time_floor (const char *path)
{
  g_autofree char *pipeline = g_strdup_printf ("filesrc location=%s ! decodebin ! audioconvert ! "
                                               "fakesink sync=false", path);
  gint64 start = g_get_monotonic_time ();
  double cpu = cpu_seconds (RUSAGE_CHILDREN);

  gst_launch (pipeline);
  return (Timing) { (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC,
                    cpu_seconds (RUSAGE_CHILDREN) - cpu };
}

typedef struct
{
  GMainLoop *loop;
  FlPeaks   *peaks;
  gint64     start;
  gint64     first_progress;
} Load;

static void
progress_cb (FlPeaksLoader *loader,
             FlPeaks       *partial,
             double         fraction,
             Load          *load)
{
  if (load->first_progress == 0)
    load->first_progress = g_get_monotonic_time ();
}

static void
loaded_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  Load *load = user_data;
  g_autoptr(GError) error = NULL;

  load->peaks = fl_peaks_loader_load_finish (FL_PEAKS_LOADER (object), result, &error);
  if (load->peaks == NULL)
    g_error ("%s", error->message);
  g_main_loop_quit (load->loop);
}

/* One load; @first_progress gets the milliseconds to the first ::progress. */
static Timing
time_load (FlPeaksLoader *loader,
           const char    *path,
           double        *first_progress)
{
  double cpu = cpu_seconds (RUSAGE_SELF);
  Load load = { g_main_loop_new (NULL, FALSE), NULL, g_get_monotonic_time (), 0 };
  gulong handler = g_signal_connect (loader, "progress", G_CALLBACK (progress_cb), &load);
  Timing timing;

  fl_peaks_loader_load_async (loader, path, NULL, NULL, loaded_cb, &load);
  g_main_loop_run (load.loop);
  timing.wall = (g_get_monotonic_time () - load.start) / (double) G_USEC_PER_SEC;
  timing.cpu = cpu_seconds (RUSAGE_SELF) - cpu;
  if (first_progress != NULL)
    *first_progress = load.first_progress != 0
                      ? (load.first_progress - load.start) / (double) 1000.0 : -1;
  g_signal_handler_disconnect (loader, handler);
  g_main_loop_unref (load.loop);
  fl_peaks_unref (load.peaks);
  return timing;
}

static void
keep_peaks_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  Load *load = user_data;

  load->peaks = fl_peaks_loader_load_finish (FL_PEAKS_LOADER (object), result, NULL);
  g_main_loop_quit (load->loop);
}

/* What the waveform does each time it draws the whole call zoomed out:
 * 1000 columns per channel, each folding its share of the frames. */
static void
time_fold (FlPeaksLoader *loader,
           const char    *path)
{
  Load load = { g_main_loop_new (NULL, FALSE), NULL, 0, 0 };
  const guint columns = 1000, draws = 100;
  guint n_frames;
  gint64 start;
  float sum = 0;

  fl_peaks_loader_load_async (loader, path, NULL, NULL, keep_peaks_cb, &load);
  g_main_loop_run (load.loop);
  g_main_loop_unref (load.loop);
  g_assert_nonnull (load.peaks);
  n_frames = fl_peaks_get_n_frames (load.peaks);

  start = g_get_monotonic_time ();
  for (guint draw = 0; draw < draws; draw++)
    for (guint channel = 0; channel < fl_peaks_get_n_channels (load.peaks); channel++)
      for (guint column = 0; column < columns; column++)
        {
          guint first = (guint) ((guint64) n_frames * column / columns);
          guint last = (guint) ((guint64) n_frames * (column + 1) / columns);
          float min, max;

          fl_peaks_fold (load.peaks, channel, first, last - first, &min, &max);
          sum += max - min;
        }
  g_print ("Waveform fold, whole call in %u columns × %u channels (%u frames): %.2f ms per draw "
           "(checksum %.0f)\n", columns, fl_peaks_get_n_channels (load.peaks), n_frames,
           (g_get_monotonic_time () - start) / 1000.0 / draws, sum);
  fl_peaks_unref (load.peaks);
}

static void
wait_for_state (FlPlayer      *player,
                FlPlayerState  state)
{
  while (fl_player_get_state (player) != state)
    g_main_context_iteration (NULL, TRUE);
}

/* Open → ready to play, and play → the first buffer at the sink. */
static void
time_player (const char *path)
{
  g_autoptr(FlPlayer) player = NULL;
  gint64 start;
  double opened, started;

  g_setenv ("FLOORLEAD_AUDIO_SINK", "fakesink sync=true", TRUE);
  player = fl_player_new ();
  start = g_get_monotonic_time ();
  fl_player_open (player, path, NULL);
  wait_for_state (player, FL_PLAYER_STATE_PAUSED);
  opened = (g_get_monotonic_time () - start) / (double) 1000.0;
  start = g_get_monotonic_time ();
  fl_player_play (player);
  while (fl_player_get_position (player) <= 0)
    g_main_context_iteration (NULL, TRUE);
  started = (g_get_monotonic_time () - start) / (double) 1000.0;
  g_print ("Player, 60-minute µ-law WAV: open to ready %.0f ms; play to the position moving %.0f ms "
           "(includes one %d ms position tick)\n", opened, started, 50);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = NULL;
  g_autofree char *cache = g_dir_make_tmp ("floorlead-peaks-cache-XXXXXX", NULL);
  g_autoptr(FlPeaksLoader) loader = NULL;
  g_autoptr(FlPeaksLoader) cached_loader = NULL;
  struct rusage usage;

  setlocale (LC_ALL, "");
  gst_init (&argc, &argv);
  dir = make_files ();
  /* The cached loads keep their files in a folder of their own. */
  g_setenv ("XDG_CACHE_HOME", cache, TRUE);
  loader = g_object_new (FL_TYPE_PEAKS_LOADER, "use-cache", FALSE, NULL);
  cached_loader = fl_peaks_loader_new ();

  g_print ("Peaks of a 60-minute 8 kHz call (best of %d; the floor is gst-launch-1.0 … ! decodebin "
           "! audioconvert ! fakesink sync=false, process start included; \"met\" compares clock "
           "times)\n\n", runs ());
  g_print ("%-17s %8s %8s %7s %10s %10s %7s %8s %5s %11s %10s\n", "format", "floor s", "peaks s",
           "ratio", "floor cpu", "peaks cpu", "ratio", "target", "met", "first draw", "cached ms");
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      const Format *format = &formats[i];
      g_autofree char *path = g_build_filename (dir, format->file, NULL);
      g_autofree char *target = NULL;
      Timing floor = { G_MAXDOUBLE, G_MAXDOUBLE }, peaks = { G_MAXDOUBLE, G_MAXDOUBLE };
      double first_progress = G_MAXDOUBLE, cached;
      gboolean met;

      /* Alternated, so that a busy moment on the machine hits both alike. */
      for (guint run_index = 0; run_index < runs (); run_index++)
        {
          double progress;

          keep_best (&floor, time_floor (path));
          keep_best (&peaks, time_load (loader, path, &progress));
          first_progress = MIN (first_progress, progress);
        }
      time_load (cached_loader, path, NULL);
      cached = time_load (cached_loader, path, NULL).wall * 1000;

      if (format->target_ratio > 0)
        {
          target = g_strdup_printf ("≤%.2f×", format->target_ratio);
          met = peaks.wall <= floor.wall * format->target_ratio;
        }
      else
        {
          target = g_strdup_printf ("<%.0f s", format->target_seconds);
          met = peaks.wall < format->target_seconds;
        }
      g_print ("%-17s %8.3f %8.3f %6.2f× %10.3f %10.3f %6.2f× %8s %5s %8.1f ms %10.1f\n",
               format->name, floor.wall, peaks.wall, peaks.wall / floor.wall, floor.cpu, peaks.cpu,
               peaks.cpu / floor.cpu, target, met ? "yes" : "NO", first_progress, cached);
    }

  g_print ("\n");
  {
    g_autofree char *ulaw = g_build_filename (dir, formats[0].file, NULL);

    time_fold (cached_loader, ulaw);
    time_player (ulaw);
  }
  getrusage (RUSAGE_SELF, &usage);
  g_print ("Peak RSS of this process: %.1f MiB\n", usage.ru_maxrss / 1024.0);
  remove_tree (cache);
  return 0;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-player"

#include <gst/audio/audio.h>
#include <math.h>
#include <string.h>

#include "fl-channel-mixer.h"
#include "fl-player.h"
#include "fl-test-media.h"
#include "fl-test-util.h"

#define WAIT_LIMIT_US (15 * G_USEC_PER_SEC)

/* What the test sink receives: the loudest sample per channel. */
typedef struct
{
  GMutex lock;
  float  peak[FL_PLAYER_MAX_CHANNELS];
  guint  n_buffers;
  gint64 first_buffer_us;
} Heard;

typedef struct
{
  FlPlayer *player;
  GError   *error;
  guint     n_errors;
  guint     n_eos;
  Heard     heard;
} Fixture;

static void
error_cb (FlPlayer *player,
          GError   *error,
          Fixture  *fixture)
{
  g_clear_error (&fixture->error);
  fixture->error = g_error_copy (error);
  fixture->n_errors++;
}

static void
eos_cb (FlPlayer *player,
        Fixture  *fixture)
{
  fixture->n_eos++;
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  memset (fixture, 0, sizeof *fixture);
  g_mutex_init (&fixture->heard.lock);
  fixture->player = fl_player_new ();
  g_signal_connect (fixture->player, "error", G_CALLBACK (error_cb), fixture);
  g_signal_connect (fixture->player, "eos", G_CALLBACK (eos_cb), fixture);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_object (&fixture->player);
  g_clear_error (&fixture->error);
  g_mutex_clear (&fixture->heard.lock);
}

static void
iterate (void)
{
  g_main_context_iteration (NULL, FALSE);
  g_usleep (2000);
}

/* Runs the main loop until @done says so; fails after WAIT_LIMIT_US. */
static void
wait_for (gboolean (*done) (Fixture *),
          Fixture  *fixture)
{
  gint64 limit = g_get_monotonic_time () + WAIT_LIMIT_US;

  while (!done (fixture))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, limit);
      iterate ();
    }
}

static void
run_for (guint milliseconds)
{
  gint64 until = g_get_monotonic_time () + milliseconds * 1000;

  while (g_get_monotonic_time () < until)
    iterate ();
}

static gboolean
is_ready (Fixture *fixture)
{
  return fl_player_get_state (fixture->player) != FL_PLAYER_STATE_STOPPED
         || fixture->n_errors > 0;
}

static gboolean
has_failed (Fixture *fixture)
{
  return fixture->n_errors > 0;
}

static gboolean
has_ended (Fixture *fixture)
{
  return fixture->n_eos > 0;
}

static void
open_ready (Fixture    *fixture,
            const char *name,
            const char *second_name)
{
  g_autofree char *path = fl_test_media_path (name);
  g_autofree char *second = second_name != NULL ? fl_test_media_path (second_name) : NULL;

  fl_player_open (fixture->player, path, second);
  wait_for (is_ready, fixture);
  g_assert_no_error (fixture->error);
  g_assert_cmpint (fl_player_get_state (fixture->player), ==, FL_PLAYER_STATE_PAUSED);
}

static GstPadProbeReturn
heard_cb (GstPad          *pad,
          GstPadProbeInfo *info,
          gpointer         user_data)
{
  Heard *heard = user_data;
  g_autoptr(GstCaps) caps = gst_pad_get_current_caps (pad);
  GstBuffer *buffer = GST_PAD_PROBE_INFO_BUFFER (info);
  GstAudioInfo audio;
  GstMapInfo map;

  if (caps == NULL || !gst_audio_info_from_caps (&audio, caps)
      || GST_AUDIO_INFO_FORMAT (&audio) != GST_AUDIO_FORMAT_F32
      || !gst_buffer_map (buffer, &map, GST_MAP_READ))
    return GST_PAD_PROBE_OK;

  g_mutex_lock (&heard->lock);
  if (heard->n_buffers++ == 0)
    heard->first_buffer_us = g_get_monotonic_time ();
  for (gsize i = 0; i < map.size / sizeof (float); i++)
    {
      guint channel = i % GST_AUDIO_INFO_CHANNELS (&audio);
      float value = fabsf (((const float *) (gconstpointer) map.data)[i]);

      heard->peak[channel] = MAX (heard->peak[channel], value);
    }
  g_mutex_unlock (&heard->lock);
  gst_buffer_unmap (buffer, &map);
  return GST_PAD_PROBE_OK;
}

/* Listens at the test sink ($FLOORLEAD_AUDIO_SINK names it). */
static void
listen (Fixture *fixture)
{
  GstElement *pipeline = fl_player_get_pipeline (fixture->player);
  g_autoptr(GstElement) sink = gst_bin_get_by_name (GST_BIN (pipeline), "testsink");
  g_autoptr(GstPad) pad = NULL;

  g_assert_nonnull (sink);
  pad = gst_element_get_static_pad (sink, "sink");
  gst_pad_add_probe (pad, GST_PAD_PROBE_TYPE_BUFFER, heard_cb, &fixture->heard, NULL);
}

static void
forget_heard (Fixture *fixture)
{
  g_mutex_lock (&fixture->heard.lock);
  memset (fixture->heard.peak, 0, sizeof fixture->heard.peak);
  fixture->heard.n_buffers = 0;
  g_mutex_unlock (&fixture->heard.lock);
}

static float
heard_peak (Fixture *fixture,
            guint    channel)
{
  float peak;

  g_mutex_lock (&fixture->heard.lock);
  peak = fixture->heard.peak[channel];
  g_mutex_unlock (&fixture->heard.lock);
  return peak;
}

typedef struct
{
  const char *file;
  guint       n_channels;
  double      duration_tolerance;
} Format;

static const Format formats[] = {
  { "stereo-pcm.wav", 2, 0.01 },
  { "stereo-ulaw.wav", 2, 0.01 },
  { "stereo-alaw.wav", 2, 0.01 },
  { "stereo.flac", 2, 0.01 },
  { "stereo.mp3", 2, 0.25 },   /* the encoder pads the end */
  { "stereo.opus", 2, 0.05 },
  { "mono-gsm.WAV", 1, 0.05 },
};

static gboolean
knows_duration (Fixture *fixture)
{
  return fl_player_get_duration (fixture->player) >= 0;
}

/* Each format opens to PAUSED, ready to play, with its length and channels.
 * (An MP3 parser may estimate the length a moment later, from the bit rate.) */
static void
test_format (Fixture       *fixture,
             gconstpointer  data)
{
  const Format *format = data;

  open_ready (fixture, format->file, NULL);
  g_test_message ("duration known when ready: %d", knows_duration (fixture));
  wait_for (knows_duration, fixture);
  g_assert_cmpfloat_with_epsilon (fl_player_get_duration (fixture->player) / (double) GST_SECOND,
                                  2.0, format->duration_tolerance);
  g_assert_cmpuint (fl_player_get_n_channels (fixture->player), ==, format->n_channels);
  g_assert_cmpint (fl_player_get_position (fixture->player), ==, 0);
  g_assert_true (fl_player_get_no_audio_device (fixture->player));
}

static gboolean
is_past_start (Fixture *fixture)
{
  return fl_player_get_position (fixture->player) > 100 * GST_MSECOND;
}

/* Playing moves the position with the clock; pausing holds it. Play starts
 * at once because the file is prerolled when opened. */
static void
test_play_and_pause (Fixture       *fixture,
                     gconstpointer  data)
{
  gint64 started;
  gint64 paused_at;

  open_ready (fixture, "stereo-pcm.wav", NULL);
  listen (fixture);
  forget_heard (fixture);

  started = g_get_monotonic_time ();
  fl_player_play (fixture->player);
  g_assert_cmpint (fl_player_get_state (fixture->player), ==, FL_PLAYER_STATE_PLAYING);
  wait_for (is_past_start, fixture);
  g_test_message ("first audio %.1f ms after play",
                  (fixture->heard.first_buffer_us - started) / 1000.0);
  g_assert_cmpint (fixture->heard.first_buffer_us - started, <, 150 * 1000);

  fl_player_pause (fixture->player);
  g_assert_cmpint (fl_player_get_state (fixture->player), ==, FL_PLAYER_STATE_PAUSED);
  paused_at = fl_player_get_position (fixture->player);
  run_for (200);
  g_assert_cmpint (llabs (fl_player_get_position (fixture->player) - paused_at), <,
                   20 * GST_MSECOND);

  fl_player_toggle (fixture->player);
  g_assert_cmpint (fl_player_get_state (fixture->player), ==, FL_PLAYER_STATE_PLAYING);
  fl_player_toggle (fixture->player);
  g_assert_cmpint (fl_player_get_state (fixture->player), ==, FL_PLAYER_STATE_PAUSED);
  g_assert_cmpuint (fixture->n_errors, ==, 0);
}

/* Seeks and skips stay inside the recording. */
static void
test_seek_and_skip (Fixture       *fixture,
                    gconstpointer  data)
{
  gint64 duration;

  open_ready (fixture, "stereo-ulaw.wav", NULL);
  duration = fl_player_get_duration (fixture->player);

  fl_player_seek (fixture->player, -5 * GST_SECOND);
  g_assert_cmpint (fl_player_get_position (fixture->player), ==, 0);
  fl_player_seek (fixture->player, 99 * GST_SECOND);
  g_assert_cmpint (fl_player_get_position (fixture->player), ==, duration);
  fl_player_seek (fixture->player, 500 * GST_MSECOND);
  run_for (100);
  g_assert_cmpint (llabs (fl_player_get_position (fixture->player) - 500 * GST_MSECOND), <,
                   GST_MSECOND);
  fl_player_skip (fixture->player, 1 * GST_SECOND);
  g_assert_cmpint (fl_player_get_position (fixture->player), ==, 1500 * GST_MSECOND);
  fl_player_skip (fixture->player, -10 * GST_SECOND);
  g_assert_cmpint (fl_player_get_position (fixture->player), ==, 0);
  fl_player_skip (fixture->player, 10 * GST_SECOND);
  g_assert_cmpint (fl_player_get_position (fixture->player), ==, duration);
  run_for (100);
  g_assert_cmpuint (fixture->n_errors, ==, 0);
}

/* Rates snap to steps of 0.1 within 0.5–2; at 1.5 the recording plays
 * half as fast again as the clock. */
static void
test_rate (Fixture       *fixture,
           gconstpointer  data)
{
  gint64 wall_start, position_start;
  double speed;

  fl_player_set_rate (fixture->player, 3.0);
  g_assert_cmpfloat (fl_player_get_rate (fixture->player), ==, 2.0);
  fl_player_set_rate (fixture->player, 0.2);
  g_assert_cmpfloat (fl_player_get_rate (fixture->player), ==, 0.5);
  fl_player_set_rate (fixture->player, 1.26);
  g_assert_cmpfloat_with_epsilon (fl_player_get_rate (fixture->player), 1.3, 1e-9);

  open_ready (fixture, "stereo-pcm.wav", NULL);
  fl_player_set_rate (fixture->player, 1.5);
  g_assert_cmpfloat_with_epsilon (fl_player_get_rate (fixture->player), 1.5, 1e-9);
  fl_player_play (fixture->player);
  wait_for (is_past_start, fixture);

  wall_start = g_get_monotonic_time ();
  position_start = fl_player_get_position (fixture->player);
  run_for (600);
  speed = (fl_player_get_position (fixture->player) - position_start) / 1000.0
          / (double) (g_get_monotonic_time () - wall_start);
  g_test_message ("played %.2f× the clock", speed);
  g_assert_cmpfloat_with_epsilon (speed, 1.5, 0.3);
  g_assert_cmpuint (fixture->n_errors, ==, 0);
}

static void
test_gains (void)
{
  const struct
  {
    gboolean muted[2];
    gboolean solo[2];
    float    gains[2];
  } cases[] = {
    { { FALSE, FALSE }, { FALSE, FALSE }, { 1, 1 } },
    { { TRUE, FALSE }, { FALSE, FALSE }, { 0, 1 } },
    { { FALSE, TRUE }, { FALSE, FALSE }, { 1, 0 } },
    { { TRUE, TRUE }, { FALSE, FALSE }, { 0, 0 } },
    { { FALSE, FALSE }, { TRUE, FALSE }, { 1, 0 } },
    { { FALSE, FALSE }, { FALSE, TRUE }, { 0, 1 } },
    { { FALSE, FALSE }, { TRUE, TRUE }, { 1, 1 } },
    { { TRUE, FALSE }, { TRUE, FALSE }, { 0, 0 } },   /* muting wins over solo */
    { { FALSE, TRUE }, { TRUE, FALSE }, { 1, 0 } },
  };
  gboolean muted[FL_PLAYER_MAX_CHANNELS] = { FALSE, };
  gboolean solo[FL_PLAYER_MAX_CHANNELS] = { FALSE, FALSE, TRUE };
  float gains[FL_PLAYER_MAX_CHANNELS];
  g_autofree char *agent = fl_player_get_channel_label (2, 0);
  g_autofree char *customer = fl_player_get_channel_label (2, 1);
  g_autofree char *third = fl_player_get_channel_label (4, 2);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      fl_channel_mixer_compute_gains (2, cases[i].muted, cases[i].solo, gains);
      g_assert_cmpfloat (gains[0], ==, cases[i].gains[0]);
      g_assert_cmpfloat (gains[1], ==, cases[i].gains[1]);
    }

  /* A solo on a channel the recording does not have silences nothing. */
  fl_channel_mixer_compute_gains (1, muted, solo, gains);
  g_assert_cmpfloat (gains[0], ==, 1);

  g_assert_cmpstr (agent, ==, "Agent");
  g_assert_cmpstr (customer, ==, "Customer");
  g_assert_cmpstr (third, ==, "Channel 3");
}

/* Plays 350 ms from the start and returns what was heard in the last 200 ms. */
static void
listen_from_start (Fixture *fixture)
{
  fl_player_seek (fixture->player, 0);
  run_for (150);
  forget_heard (fixture);
  run_for (200);
}

/* Mute and solo act on a call that is playing: the agent leg peaks at 0.5
 * on the left, the customer leg at 0.25 on the right. */
static void
test_mute_and_solo_while_playing (Fixture       *fixture,
                                  gconstpointer  data)
{
  open_ready (fixture, "leg-in.wav", "leg-out.wav");
  g_assert_cmpuint (fl_player_get_n_channels (fixture->player), ==, 2);
  listen (fixture);
  fl_player_play (fixture->player);

  listen_from_start (fixture);
  g_assert_cmpfloat_with_epsilon (heard_peak (fixture, 0), 0.5, 0.05);
  g_assert_cmpfloat_with_epsilon (heard_peak (fixture, 1), 0.25, 0.05);

  fl_player_set_channel_solo (fixture->player, 1, TRUE);
  listen_from_start (fixture);
  g_assert_cmpfloat (heard_peak (fixture, 0), <, 0.001);
  g_assert_cmpfloat_with_epsilon (heard_peak (fixture, 1), 0.25, 0.05);

  fl_player_set_channel_muted (fixture->player, 1, TRUE);
  listen_from_start (fixture);
  g_assert_cmpfloat (heard_peak (fixture, 0), <, 0.001);
  g_assert_cmpfloat (heard_peak (fixture, 1), <, 0.001);

  fl_player_set_channel_solo (fixture->player, 1, FALSE);
  listen_from_start (fixture);
  g_assert_cmpfloat_with_epsilon (heard_peak (fixture, 0), 0.5, 0.05);
  g_assert_cmpfloat (heard_peak (fixture, 1), <, 0.001);
  g_assert_true (fl_player_get_channel_muted (fixture->player, 1));
  g_assert_false (fl_player_get_channel_solo (fixture->player, 1));

  fl_player_set_channel_muted (fixture->player, 1, FALSE);
  fl_player_set_volume (fixture->player, 0.5);
  listen_from_start (fixture);
  g_assert_cmpfloat_with_epsilon (heard_peak (fixture, 0), 0.25, 0.03);
  g_assert_cmpfloat_with_epsilon (heard_peak (fixture, 1), 0.125, 0.03);
  g_assert_cmpuint (fixture->n_errors, ==, 0);
}

/* Two mono legs play as one stereo call as long as the longer leg. */
static void
test_leg_pair (Fixture       *fixture,
               gconstpointer  data)
{
  open_ready (fixture, "leg-in.wav", "leg-out.wav");
  g_assert_cmpuint (fl_player_get_n_channels (fixture->player), ==, 2);
  g_assert_cmpfloat_with_epsilon (fl_player_get_duration (fixture->player) / (double) GST_SECOND,
                                  2.0, 0.01);
}

/* The end stops on the last moment; play again starts over. */
static void
test_eos (Fixture       *fixture,
          gconstpointer  data)
{
  open_ready (fixture, "stereo-alaw.wav", NULL);
  fl_player_seek (fixture->player, 1800 * GST_MSECOND);
  fl_player_play (fixture->player);
  wait_for (has_ended, fixture);
  g_assert_cmpint (fl_player_get_state (fixture->player), ==, FL_PLAYER_STATE_PAUSED);
  g_assert_cmpint (fl_player_get_position (fixture->player), ==,
                   fl_player_get_duration (fixture->player));

  fl_player_play (fixture->player);
  run_for (200);
  g_assert_cmpint (fl_player_get_state (fixture->player), ==, FL_PLAYER_STATE_PLAYING);
  g_assert_cmpint (fl_player_get_position (fixture->player), <, GST_SECOND);
  g_assert_cmpuint (fixture->n_errors, ==, 0);
}

/* Pausing steps back so that playing again repeats the last words. */
static void
test_rewind_on_pause (Fixture       *fixture,
                      gconstpointer  data)
{
  gint64 before;

  fl_player_set_rewind_on_pause (fixture->player, GST_SECOND);
  open_ready (fixture, "stereo.flac", NULL);
  fl_player_seek (fixture->player, 1500 * GST_MSECOND);
  fl_player_play (fixture->player);
  run_for (100);
  before = fl_player_get_position (fixture->player);
  fl_player_pause (fixture->player);
  /* A second back from where it really was: the last reported position
   * may lag by a position tick, more on a loaded machine. */
  g_assert_cmpint (fl_player_get_position (fixture->player), <=, before - 700 * GST_MSECOND);
  g_assert_cmpint (fl_player_get_position (fixture->player), >=, before - 1100 * GST_MSECOND);
}

/* Errors stop the player and say what is wrong; the next file still plays. */
static void
test_bad_input (Fixture       *fixture,
                gconstpointer  data)
{
  const FlTestBadInput *input = data;
  g_autofree char *folder = fl_test_make_folder ();
  g_autofree char *path = fl_test_make_bad_input (folder, input);
  g_autofree char *display = NULL;

  if (path == NULL)
    {
      g_test_skip ("A decoder for this format is installed");
      fl_test_remove_bad_input (folder);
      return;
    }

  display = g_filename_display_name (path);
  fl_player_open (fixture->player, path, NULL);
  wait_for (has_failed, fixture);
  g_assert_error (fixture->error, FL_MEDIA_ERROR, (int) input->code);
  g_assert_nonnull (strstr (fixture->error->message, display));
  if (input->words != NULL)
    g_assert_nonnull (strstr (fixture->error->message, input->words));
  g_assert_cmpint (fl_player_get_state (fixture->player), ==, FL_PLAYER_STATE_STOPPED);
  g_assert_null (fl_player_get_pipeline (fixture->player));

  /* Play and seek on a failed player do nothing. */
  fl_player_play (fixture->player);
  fl_player_seek (fixture->player, GST_SECOND);
  g_assert_cmpint (fl_player_get_state (fixture->player), ==, FL_PLAYER_STATE_STOPPED);

  g_clear_error (&fixture->error);
  fixture->n_errors = 0;
  open_ready (fixture, "stereo-pcm.wav", NULL);
  fl_test_remove_bad_input (folder);
}

/* The names of missing decoders reach the message, in a list. */
static void
test_missing_plugin_message (void)
{
  const char *one[] = { "Adaptive Multi Rate (AMR) decoder", NULL };
  const char *two[] = { "G.729 decoder", "Windows Media Audio 8 decoder", NULL };
  g_autoptr(GError) first = fl_media_error_new_missing_plugin ("/calls/a.amr", one);
  g_autoptr(GError) second = fl_media_error_new_missing_plugin ("/calls/b.wav", two);
  g_autoptr(GError) unnamed = fl_media_error_new_missing_plugin ("/calls/c.wav", NULL);

  g_assert_error (first, FL_MEDIA_ERROR, FL_MEDIA_ERROR_MISSING_PLUGIN);
  g_assert_cmpstr (first->message, ==,
                   "The recording “/calls/a.amr” needs a decoder that is not installed: "
                   "Adaptive Multi Rate (AMR) decoder. Install the GStreamer plugin that "
                   "provides it, then open the recording again.");
  g_assert_nonnull (strstr (second->message, "G.729 decoder, Windows Media Audio 8 decoder."));
  g_assert_error (unnamed, FL_MEDIA_ERROR, FL_MEDIA_ERROR_MISSING_PLUGIN);
  g_assert_nonnull (strstr (unnamed->message, "“/calls/c.wav”"));
}

/* A file that disappears after opening gives the same "missing" message. */
static void
test_missing_leg (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *in = fl_test_media_path ("leg-in.wav");
  g_autofree char *out = fl_test_media_path ("no-such-leg-out.wav");
  g_autofree char *expected = g_strdup_printf ("The recording file is missing: %s", out);

  fl_player_open (fixture->player, in, out);
  wait_for (has_failed, fixture);
  g_assert_error (fixture->error, FL_MEDIA_ERROR, FL_MEDIA_ERROR_MISSING);
  g_assert_cmpstr (fixture->error->message, ==, expected);
}

/* Without $FLOORLEAD_AUDIO_SINK the player looks for a sound device; with
 * none (as on test machines) it plays silently, and says so. */
static void
test_default_sink (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *saved = g_strdup (g_getenv ("FLOORLEAD_AUDIO_SINK"));

  g_unsetenv ("FLOORLEAD_AUDIO_SINK");
  fl_player_set_volume (fixture->player, 0.0);
  open_ready (fixture, "stereo-pcm.wav", NULL);
  g_test_message ("no-audio-device: %d", fl_player_get_no_audio_device (fixture->player));
  fl_player_play (fixture->player);
  wait_for (is_past_start, fixture);
  fl_player_close (fixture->player);
  g_assert_cmpint (fl_player_get_state (fixture->player), ==, FL_PLAYER_STATE_STOPPED);
  g_setenv ("FLOORLEAD_AUDIO_SINK", saved, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  /* Test machines have no sound card; the sink is named for listen(). */
  g_setenv ("FLOORLEAD_AUDIO_SINK", "fakesink name=testsink sync=true", TRUE);
  fl_test_init (&argc, &argv);

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *name = g_strdup_printf ("/player/format/%s", formats[i].file);

      g_test_add (name, Fixture, &formats[i], fixture_setup, test_format, fixture_teardown);
    }
  g_test_add ("/player/play-and-pause", Fixture, NULL, fixture_setup, test_play_and_pause, fixture_teardown);
  g_test_add ("/player/seek-and-skip-clamp", Fixture, NULL, fixture_setup, test_seek_and_skip, fixture_teardown);
  g_test_add ("/player/rate", Fixture, NULL, fixture_setup, test_rate, fixture_teardown);
  g_test_add_func ("/player/gains/computed", test_gains);
  g_test_add ("/player/gains/mute-and-solo-while-playing", Fixture, NULL, fixture_setup, test_mute_and_solo_while_playing, fixture_teardown);
  g_test_add ("/player/leg-pair", Fixture, NULL, fixture_setup, test_leg_pair, fixture_teardown);
  g_test_add ("/player/eos", Fixture, NULL, fixture_setup, test_eos, fixture_teardown);
  g_test_add ("/player/rewind-on-pause", Fixture, NULL, fixture_setup, test_rewind_on_pause, fixture_teardown);
  for (guint i = 0; i < fl_test_n_bad_inputs; i++)
    {
      g_autofree char *name = g_strdup_printf ("/player/bad-input/%s", fl_test_bad_inputs[i].name);

      g_test_add (name, Fixture, &fl_test_bad_inputs[i], fixture_setup, test_bad_input, fixture_teardown);
    }
  g_test_add ("/player/bad-input/missing-leg", Fixture, NULL, fixture_setup, test_missing_leg, fixture_teardown);
  g_test_add_func ("/player/missing-plugin-message", test_missing_plugin_message);
  g_test_add ("/player/default-sink", Fixture, NULL, fixture_setup, test_default_sink, fixture_teardown);

  return g_test_run ();
}

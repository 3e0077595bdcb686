/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-player"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <gst/audio/audio.h>
#include <math.h>

#include "fl-channel-mixer.h"
#include "fl-media-error.h"
#include "fl-player.h"
#include "fl-player-pipeline.h"

/* The pipeline is built in fl-player-pipeline.c. The channel gains
 * (fl-channel-mixer.c) are a buffer probe on volume's sink pad that
 * multiplies each channel, ramping over one buffer when a gain changes so
 * that muting does not click. That is one loop over samples already in
 * memory; a deinterleave → volume × N → interleave chain would add two
 * elements per channel and a second aggregator to every seek. */

#define POSITION_INTERVAL_MS 50

struct _FlPlayer
{
  GObject        parent_instance;

  GMainContext  *context;
  GstElement    *pipeline;
  GstElement    *tempo_caps;         /* before scaletempo: its caps tell the channels */
  GstElement    *volume_element;
  GSource       *bus_source;
  GSource       *position_source;
  GSource       *error_source;       /* reports a problem found before decoding */
  GError        *pending_error;
  GPtrArray     *missing_plugins;
  char          *paths[2];

  FlPlayerState  state;
  FlPlayerState  target;             /* what play/pause asked for */
  gboolean       prerolled;
  gboolean       at_eos;
  gint64         position;
  gint64         duration;
  gint64         pending_seek;       /* asked for before the preroll; -1 if none */
  double         rate;
  double         volume;
  guint          n_channels;
  gint64         rewind_on_pause;
  gboolean       no_audio_device;
  FlChannelMixer *mixer;             /* per-channel mute and solo */
};

G_STATIC_ASSERT (FL_PLAYER_MAX_CHANNELS == FL_CHANNEL_MIXER_MAX_CHANNELS);

enum
{
  PROP_0,
  PROP_STATE,
  PROP_PATH,
  PROP_POSITION,
  PROP_DURATION,
  PROP_RATE,
  PROP_VOLUME,
  PROP_N_CHANNELS,
  PROP_REWIND_ON_PAUSE,
  PROP_NO_AUDIO_DEVICE,
  N_PROPS
};

enum
{
  ERROR,
  EOS,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_ENUM_TYPE (FlPlayerState, fl_player_state,
                    G_DEFINE_ENUM_VALUE (FL_PLAYER_STATE_STOPPED, "stopped"),
                    G_DEFINE_ENUM_VALUE (FL_PLAYER_STATE_PAUSED, "paused"),
                    G_DEFINE_ENUM_VALUE (FL_PLAYER_STATE_PLAYING, "playing"))

G_DEFINE_FINAL_TYPE (FlPlayer, fl_player, G_TYPE_OBJECT)

static void
set_state (FlPlayer      *self,
           FlPlayerState  state);

static void
notify (FlPlayer *self,
        guint     prop_id)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
set_position (FlPlayer *self,
              gint64    position)
{
  if (self->duration > 0)
    position = MIN (position, self->duration);
  position = MAX (position, 0);
  if (self->position == position)
    return;
  self->position = position;
  notify (self, PROP_POSITION);
}

static void
query_position (FlPlayer *self)
{
  gint64 position;

  if (self->pipeline != NULL && self->prerolled
      && gst_element_query_position (self->pipeline, GST_FORMAT_TIME, &position))
    set_position (self, position);
}

static void
query_duration (FlPlayer *self)
{
  gint64 duration;

  if (self->pipeline == NULL
      || !gst_element_query_duration (self->pipeline, GST_FORMAT_TIME, &duration)
      || duration < 0 || duration == self->duration)
    return;
  self->duration = duration;
  notify (self, PROP_DURATION);
}

static void
query_n_channels (FlPlayer *self)
{
  g_autoptr(GstPad) pad = gst_element_get_static_pad (self->tempo_caps, "src");
  g_autoptr(GstCaps) caps = gst_pad_get_current_caps (pad);
  GstAudioInfo info;

  if (caps == NULL || !gst_audio_info_from_caps (&info, caps)
      || (guint) GST_AUDIO_INFO_CHANNELS (&info) == self->n_channels)
    return;
  self->n_channels = GST_AUDIO_INFO_CHANNELS (&info);
  notify (self, PROP_N_CHANNELS);
}

static gboolean
position_cb (gpointer user_data)
{
  FlPlayer *self = FL_PLAYER (user_data);

  /* A parser may only estimate the length once it has seen some of the
   * stream (an MP3 without a Xing header). */
  if (self->duration < 0)
    query_duration (self);
  query_position (self);
  return G_SOURCE_CONTINUE;
}

static void
set_state (FlPlayer      *self,
           FlPlayerState  state)
{
  if (state == FL_PLAYER_STATE_PLAYING && self->position_source == NULL)
    {
      self->position_source = g_timeout_source_new (POSITION_INTERVAL_MS);
      g_source_set_static_name (self->position_source, "[fl-player] position");
      g_source_set_callback (self->position_source, position_cb, self, NULL);
      g_source_attach (self->position_source, self->context);
    }
  else if (state != FL_PLAYER_STATE_PLAYING && self->position_source != NULL)
    {
      g_source_destroy (self->position_source);
      g_clear_pointer (&self->position_source, g_source_unref);
    }

  if (self->state == state)
    return;
  self->state = state;
  notify (self, PROP_STATE);
}

static void
do_seek (FlPlayer *self,
         gint64    position)
{
  if (self->duration > 0)
    position = MIN (position, self->duration);
  position = MAX (position, 0);

  if (!self->prerolled)
    {
      self->pending_seek = position;
      return;
    }

  self->at_eos = FALSE;
  if (!gst_element_seek (self->pipeline, self->rate, GST_FORMAT_TIME,
                         GST_SEEK_FLAG_FLUSH | GST_SEEK_FLAG_ACCURATE,
                         GST_SEEK_TYPE_SET, position, GST_SEEK_TYPE_NONE, GST_CLOCK_TIME_NONE))
    g_debug ("Seek to %" GST_TIME_FORMAT " refused", GST_TIME_ARGS (position));
  set_position (self, position);
}

static void
remove_error_source (FlPlayer *self)
{
  if (self->error_source != NULL)
    {
      g_source_destroy (self->error_source);
      g_clear_pointer (&self->error_source, g_source_unref);
    }
  g_clear_error (&self->pending_error);
}

static void
teardown (FlPlayer *self)
{
  remove_error_source (self);
  if (self->bus_source != NULL)
    {
      g_source_destroy (self->bus_source);
      g_clear_pointer (&self->bus_source, g_source_unref);
    }
  if (self->pipeline != NULL)
    gst_element_set_state (self->pipeline, GST_STATE_NULL);
  g_clear_object (&self->pipeline);
  self->tempo_caps = NULL;
  self->volume_element = NULL;
  g_ptr_array_set_size (self->missing_plugins, 0);
  self->prerolled = FALSE;
  self->at_eos = FALSE;
  self->pending_seek = -1;
  set_state (self, FL_PLAYER_STATE_STOPPED);
}

/* Stops everything, then tells: the handler may open another recording. */
static void
fail (FlPlayer *self,
      GError   *error)
{
  g_autoptr(GError) owned = error;

  teardown (self);
  g_debug ("%s", owned->message);
  g_signal_emit (self, signals[ERROR], 0, owned);
}

static gboolean
pending_error_cb (gpointer user_data)
{
  FlPlayer *self = FL_PLAYER (user_data);

  g_clear_pointer (&self->error_source, g_source_unref);
  fail (self, g_steal_pointer (&self->pending_error));
  return G_SOURCE_REMOVE;
}

/* Errors found while opening are told from the main loop too, like the
 * ones GStreamer finds, so callers see ::error the same way for both. */
static void
fail_later (FlPlayer *self,
            GError   *error)
{
  remove_error_source (self);
  self->pending_error = error;
  self->error_source = g_idle_source_new ();
  g_source_set_static_name (self->error_source, "[fl-player] error");
  g_source_set_callback (self->error_source, pending_error_cb, self, NULL);
  g_source_attach (self->error_source, self->context);
}

static void
set_no_audio_device (FlPlayer *self,
                     gboolean  no_audio_device)
{
  if (self->no_audio_device == no_audio_device)
    return;
  self->no_audio_device = no_audio_device;
  notify (self, PROP_NO_AUDIO_DEVICE);
}

static gboolean
build (FlPlayer                 *self,
       const FlPlayerHttpAccess *access,
       GError                  **error)
{
  FlPlayerPipeline built;
  g_autoptr(GstPad) volume_pad = NULL;

  if (!fl_player_pipeline_build (&built, self->paths[0], self->paths[1], access, error))
    return FALSE;

  self->pipeline = built.pipeline;
  self->tempo_caps = built.tempo_caps;
  self->volume_element = built.volume;
  set_no_audio_device (self, built.no_audio_device);
  g_object_set (self->volume_element, "volume", self->volume, NULL);
  volume_pad = gst_element_get_static_pad (self->volume_element, "sink");
  fl_channel_mixer_attach (self->mixer, volume_pad);
  return TRUE;
}

static void
prerolled (FlPlayer *self)
{
  gboolean first = !self->prerolled;

  self->prerolled = TRUE;
  query_duration (self);
  query_n_channels (self);
  if (first && (self->pending_seek >= 0 || self->rate != 1.0))
    {
      do_seek (self, MAX (self->pending_seek, 0));
      self->pending_seek = -1;
    }
  else
    query_position (self);
  if (self->state == FL_PLAYER_STATE_STOPPED)
    set_state (self, self->target);
}

static gboolean
bus_cb (GstBus     *bus,
        GstMessage *message,
        gpointer    user_data)
{
  FlPlayer *self = FL_PLAYER (user_data);

  switch (GST_MESSAGE_TYPE (message))
    {
    case GST_MESSAGE_ERROR:
      {
        const char *path = fl_player_pipeline_path_of_message (message, self->paths[0]);
        GstMessage *later;

        while ((later = gst_bus_pop_filtered (bus, GST_MESSAGE_ELEMENT)) != NULL)
          {
            fl_media_collect_missing_plugin (later, self->missing_plugins);
            gst_message_unref (later);
          }
        fail (self, fl_media_error_from_message (message, path, self->missing_plugins));
        return G_SOURCE_REMOVE;
      }

    case GST_MESSAGE_ELEMENT:
      fl_media_collect_missing_plugin (message, self->missing_plugins);
      break;

    case GST_MESSAGE_ASYNC_DONE:
      prerolled (self);
      break;

    case GST_MESSAGE_DURATION_CHANGED:
      query_duration (self);
      break;

    case GST_MESSAGE_EOS:
      gst_element_set_state (self->pipeline, GST_STATE_PAUSED);
      self->at_eos = TRUE;
      self->target = FL_PLAYER_STATE_PAUSED;
      query_duration (self);
      if (self->duration > 0)
        set_position (self, self->duration);
      set_state (self, FL_PLAYER_STATE_PAUSED);
      g_signal_emit (self, signals[EOS], 0);
      break;

    case GST_MESSAGE_WARNING:
      {
        g_autoptr(GError) warning = NULL;

        gst_message_parse_warning (message, &warning, NULL);
        g_debug ("%s: %s", GST_OBJECT_NAME (GST_MESSAGE_SRC (message)), warning->message);
        break;
      }

    default:
      break;
    }

  return G_SOURCE_CONTINUE;
}

static void
fl_player_dispose (GObject *object)
{
  FlPlayer *self = FL_PLAYER (object);

  teardown (self);

  G_OBJECT_CLASS (fl_player_parent_class)->dispose (object);
}

static void
fl_player_finalize (GObject *object)
{
  FlPlayer *self = FL_PLAYER (object);

  g_free (self->paths[0]);
  g_free (self->paths[1]);
  g_ptr_array_unref (self->missing_plugins);
  g_clear_pointer (&self->mixer, fl_channel_mixer_free);
  g_main_context_unref (self->context);

  G_OBJECT_CLASS (fl_player_parent_class)->finalize (object);
}

static void
fl_player_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  FlPlayer *self = FL_PLAYER (object);

  switch (prop_id)
    {
    case PROP_STATE:
      g_value_set_enum (value, self->state);
      break;

    case PROP_PATH:
      g_value_set_string (value, self->paths[0]);
      break;

    case PROP_POSITION:
      g_value_set_int64 (value, self->position);
      break;

    case PROP_DURATION:
      g_value_set_int64 (value, self->duration);
      break;

    case PROP_RATE:
      g_value_set_double (value, self->rate);
      break;

    case PROP_VOLUME:
      g_value_set_double (value, self->volume);
      break;

    case PROP_N_CHANNELS:
      g_value_set_uint (value, self->n_channels);
      break;

    case PROP_REWIND_ON_PAUSE:
      g_value_set_int64 (value, self->rewind_on_pause);
      break;

    case PROP_NO_AUDIO_DEVICE:
      g_value_set_boolean (value, self->no_audio_device);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fl_player_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  FlPlayer *self = FL_PLAYER (object);

  switch (prop_id)
    {
    case PROP_POSITION:
      fl_player_seek (self, g_value_get_int64 (value));
      break;

    case PROP_RATE:
      fl_player_set_rate (self, g_value_get_double (value));
      break;

    case PROP_VOLUME:
      fl_player_set_volume (self, g_value_get_double (value));
      break;

    case PROP_REWIND_ON_PAUSE:
      fl_player_set_rewind_on_pause (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fl_player_class_init (FlPlayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags read_only = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags read_write = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = fl_player_dispose;
  object_class->finalize = fl_player_finalize;
  object_class->get_property = fl_player_get_property;
  object_class->set_property = fl_player_set_property;

  properties[PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL, FL_TYPE_PLAYER_STATE, FL_PLAYER_STATE_STOPPED,
                       read_only);
  properties[PROP_PATH] = g_param_spec_string ("path", NULL, NULL, NULL, read_only);
  properties[PROP_POSITION] =
    g_param_spec_int64 ("position", NULL, NULL, 0, G_MAXINT64, 0, read_write);
  properties[PROP_DURATION] =
    g_param_spec_int64 ("duration", NULL, NULL, -1, G_MAXINT64, -1, read_only);
  properties[PROP_RATE] =
    g_param_spec_double ("rate", NULL, NULL, FL_PLAYER_MIN_RATE, FL_PLAYER_MAX_RATE, 1.0,
                         read_write);
  properties[PROP_VOLUME] = g_param_spec_double ("volume", NULL, NULL, 0.0, 1.0, 1.0, read_write);
  properties[PROP_N_CHANNELS] =
    g_param_spec_uint ("n-channels", NULL, NULL, 0, FL_PLAYER_MAX_CHANNELS, 0, read_only);
  properties[PROP_REWIND_ON_PAUSE] =
    g_param_spec_int64 ("rewind-on-pause", NULL, NULL, 0, G_MAXINT64, 0, read_write);
  properties[PROP_NO_AUDIO_DEVICE] =
    g_param_spec_boolean ("no-audio-device", NULL, NULL, FALSE, read_only);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * FlPlayer::error:
   * @error: in %FL_MEDIA_ERROR, with a message to show as it is
   *
   * The player has stopped; another recording can be opened.
   */
  signals[ERROR] =
    g_signal_new ("error", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_ERROR);
  signals[EOS] =
    g_signal_new ("eos", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  fl_media_ensure_initialized ();
}

static void
fl_player_init (FlPlayer *self)
{
  self->context = g_main_context_ref_thread_default ();
  self->missing_plugins = g_ptr_array_new_with_free_func (g_free);
  self->mixer = fl_channel_mixer_new ();
  self->duration = -1;
  self->pending_seek = -1;
  self->rate = 1.0;
  self->volume = 1.0;
}

FlPlayer *
fl_player_new (void)
{
  return g_object_new (FL_TYPE_PLAYER, NULL);
}

/* @access: NULL for files, the sign-in for a stream. */
static void
open_recording (FlPlayer                 *self,
                const char               *path,
                const char               *second_path,
                const FlPlayerHttpAccess *access)
{
  g_autoptr(GstBus) bus = NULL;
  GError *error = NULL;

  teardown (self);
  g_free (self->paths[0]);
  g_free (self->paths[1]);
  self->paths[0] = g_strdup (path);
  self->paths[1] = g_strdup (second_path);
  self->target = FL_PLAYER_STATE_PAUSED;
  self->position = 0;
  self->duration = -1;
  self->n_channels = 0;
  g_object_freeze_notify (G_OBJECT (self));
  notify (self, PROP_PATH);
  notify (self, PROP_POSITION);
  notify (self, PROP_DURATION);
  notify (self, PROP_N_CHANNELS);
  g_object_thaw_notify (G_OBJECT (self));

  if ((access == NULL && !fl_media_check_file (path, &error))
      || (second_path != NULL && !fl_media_check_file (second_path, &error))
      || !build (self, access, &error))
    {
      if (self->pipeline != NULL)
        gst_element_set_state (self->pipeline, GST_STATE_NULL);
      g_clear_object (&self->pipeline);
      fail_later (self, error);
      return;
    }

  bus = gst_pipeline_get_bus (GST_PIPELINE (self->pipeline));
  self->bus_source = gst_bus_create_watch (bus);
  g_source_set_static_name (self->bus_source, "[fl-player] bus");
  g_source_set_callback (self->bus_source, (GSourceFunc) G_CALLBACK (bus_cb), self, NULL);
  g_source_attach (self->bus_source, self->context);

  /* Preroll now, so that play starts at once. */
  gst_element_set_state (self->pipeline, GST_STATE_PAUSED);
}

void
fl_player_open (FlPlayer   *self,
                const char *path,
                const char *second_path)
{
  g_return_if_fail (FL_IS_PLAYER (self));
  g_return_if_fail (path != NULL);

  open_recording (self, path, second_path, NULL);
}

void
fl_player_open_uri (FlPlayer                 *self,
                    const char               *uri,
                    const FlPlayerHttpAccess *access)
{
  const FlPlayerHttpAccess anonymous = { NULL };

  g_return_if_fail (FL_IS_PLAYER (self));
  g_return_if_fail (uri != NULL);

  open_recording (self, uri, NULL, access != NULL ? access : &anonymous);
}

void
fl_player_close (FlPlayer *self)
{
  g_return_if_fail (FL_IS_PLAYER (self));

  teardown (self);
}

void
fl_player_play (FlPlayer *self)
{
  g_return_if_fail (FL_IS_PLAYER (self));

  if (self->pipeline == NULL)
    return;
  if (self->at_eos)
    do_seek (self, 0);
  self->target = FL_PLAYER_STATE_PLAYING;
  gst_element_set_state (self->pipeline, GST_STATE_PLAYING);
  if (self->prerolled)
    set_state (self, FL_PLAYER_STATE_PLAYING);
}

void
fl_player_pause (FlPlayer *self)
{
  g_return_if_fail (FL_IS_PLAYER (self));

  if (self->pipeline == NULL)
    return;
  self->target = FL_PLAYER_STATE_PAUSED;
  gst_element_set_state (self->pipeline, GST_STATE_PAUSED);
  if (!self->prerolled)
    return;

  query_position (self);
  set_state (self, FL_PLAYER_STATE_PAUSED);
  if (self->rewind_on_pause > 0 && !self->at_eos)
    do_seek (self, self->position - self->rewind_on_pause);
}

void
fl_player_toggle (FlPlayer *self)
{
  g_return_if_fail (FL_IS_PLAYER (self));

  if (self->target == FL_PLAYER_STATE_PLAYING)
    fl_player_pause (self);
  else
    fl_player_play (self);
}

void
fl_player_seek (FlPlayer *self,
                gint64    position)
{
  g_return_if_fail (FL_IS_PLAYER (self));

  if (self->pipeline != NULL)
    do_seek (self, position);
}

void
fl_player_skip (FlPlayer *self,
                gint64    delta)
{
  g_return_if_fail (FL_IS_PLAYER (self));

  if (self->pipeline == NULL)
    return;
  query_position (self);
  do_seek (self, self->position + delta);
}

FlPlayerState
fl_player_get_state (FlPlayer *self)
{
  g_return_val_if_fail (FL_IS_PLAYER (self), FL_PLAYER_STATE_STOPPED);

  return self->state;
}

const char *
fl_player_get_path (FlPlayer *self)
{
  g_return_val_if_fail (FL_IS_PLAYER (self), NULL);

  return self->paths[0];
}

gint64
fl_player_get_position (FlPlayer *self)
{
  g_return_val_if_fail (FL_IS_PLAYER (self), 0);

  return self->position;
}

gint64
fl_player_get_duration (FlPlayer *self)
{
  g_return_val_if_fail (FL_IS_PLAYER (self), -1);

  return self->duration;
}

guint
fl_player_get_n_channels (FlPlayer *self)
{
  g_return_val_if_fail (FL_IS_PLAYER (self), 0);

  return self->n_channels;
}

gboolean
fl_player_get_no_audio_device (FlPlayer *self)
{
  g_return_val_if_fail (FL_IS_PLAYER (self), FALSE);

  return self->no_audio_device;
}

double
fl_player_get_rate (FlPlayer *self)
{
  g_return_val_if_fail (FL_IS_PLAYER (self), 1.0);

  return self->rate;
}

void
fl_player_set_rate (FlPlayer *self,
                    double    rate)
{
  g_return_if_fail (FL_IS_PLAYER (self));

  rate = CLAMP (round (rate / FL_PLAYER_RATE_STEP) * FL_PLAYER_RATE_STEP,
                FL_PLAYER_MIN_RATE, FL_PLAYER_MAX_RATE);
  if (fabs (rate - self->rate) < FL_PLAYER_RATE_STEP / 2)
    return;

  self->rate = rate;
  notify (self, PROP_RATE);
  /* A flushing seek to where playback is carries the new rate to scaletempo. */
  if (self->pipeline != NULL && self->prerolled)
    {
      query_position (self);
      do_seek (self, self->position);
    }
}

double
fl_player_get_volume (FlPlayer *self)
{
  g_return_val_if_fail (FL_IS_PLAYER (self), 1.0);

  return self->volume;
}

void
fl_player_set_volume (FlPlayer *self,
                      double    volume)
{
  g_return_if_fail (FL_IS_PLAYER (self));

  volume = CLAMP (volume, 0.0, 1.0);
  if (volume == self->volume)
    return;
  self->volume = volume;
  if (self->volume_element != NULL)
    g_object_set (self->volume_element, "volume", volume, NULL);
  notify (self, PROP_VOLUME);
}

gint64
fl_player_get_rewind_on_pause (FlPlayer *self)
{
  g_return_val_if_fail (FL_IS_PLAYER (self), 0);

  return self->rewind_on_pause;
}

void
fl_player_set_rewind_on_pause (FlPlayer *self,
                               gint64    rewind)
{
  g_return_if_fail (FL_IS_PLAYER (self));

  rewind = MAX (rewind, 0);
  if (rewind == self->rewind_on_pause)
    return;
  self->rewind_on_pause = rewind;
  notify (self, PROP_REWIND_ON_PAUSE);
}

gboolean
fl_player_get_channel_muted (FlPlayer *self,
                             guint     channel)
{
  g_return_val_if_fail (FL_IS_PLAYER (self), FALSE);
  g_return_val_if_fail (channel < FL_PLAYER_MAX_CHANNELS, FALSE);

  return fl_channel_mixer_get_muted (self->mixer, channel);
}

void
fl_player_set_channel_muted (FlPlayer *self,
                             guint     channel,
                             gboolean  muted)
{
  g_return_if_fail (FL_IS_PLAYER (self));
  g_return_if_fail (channel < FL_PLAYER_MAX_CHANNELS);

  fl_channel_mixer_set_muted (self->mixer, channel, muted);
}

gboolean
fl_player_get_channel_solo (FlPlayer *self,
                            guint     channel)
{
  g_return_val_if_fail (FL_IS_PLAYER (self), FALSE);
  g_return_val_if_fail (channel < FL_PLAYER_MAX_CHANNELS, FALSE);

  return fl_channel_mixer_get_solo (self->mixer, channel);
}

void
fl_player_set_channel_solo (FlPlayer *self,
                            guint     channel,
                            gboolean  solo)
{
  g_return_if_fail (FL_IS_PLAYER (self));
  g_return_if_fail (channel < FL_PLAYER_MAX_CHANNELS);

  fl_channel_mixer_set_solo (self->mixer, channel, solo);
}

char *
fl_player_get_channel_label (guint n_channels,
                             guint channel)
{
  g_return_val_if_fail (channel < MAX (n_channels, 1), NULL);

  if (n_channels == 2)
    /* Translators: the two sides of a recorded call, as channels. */
    return g_strdup (channel == 0 ? C_("audio channel", "Agent")
                                  : C_("audio channel", "Customer"));
  /* Translators: %u numbers the audio channels from 1. */
  return g_strdup_printf (C_("audio channel", "Channel %u"), channel + 1);
}

GstElement *
fl_player_get_pipeline (FlPlayer *self)
{
  g_return_val_if_fail (FL_IS_PLAYER (self), NULL);

  return self->pipeline;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-channel-mixer"

#include "config.h"

#include <gst/audio/audio.h>

#include "fl-channel-mixer.h"

struct _FlChannelMixer
{
  /* Shared with the streaming thread. */
  GMutex   lock;
  gboolean muted[FL_CHANNEL_MIXER_MAX_CHANNELS];
  gboolean solo[FL_CHANNEL_MIXER_MAX_CHANNELS];
  /* Streaming thread only: the gains the last buffer ended with. */
  float    applied[FL_CHANNEL_MIXER_MAX_CHANNELS];
};

FlChannelMixer *
fl_channel_mixer_new (void)
{
  FlChannelMixer *self = g_new0 (FlChannelMixer, 1);

  g_mutex_init (&self->lock);
  return self;
}

void
fl_channel_mixer_free (FlChannelMixer *self)
{
  if (self == NULL)
    return;
  g_mutex_clear (&self->lock);
  g_free (self);
}

gboolean
fl_channel_mixer_get_muted (FlChannelMixer *self,
                            guint           channel)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (channel < FL_CHANNEL_MIXER_MAX_CHANNELS, FALSE);

  return self->muted[channel];
}

void
fl_channel_mixer_set_muted (FlChannelMixer *self,
                            guint           channel,
                            gboolean        muted)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (channel < FL_CHANNEL_MIXER_MAX_CHANNELS);

  g_mutex_lock (&self->lock);
  self->muted[channel] = !!muted;
  g_mutex_unlock (&self->lock);
}

gboolean
fl_channel_mixer_get_solo (FlChannelMixer *self,
                           guint           channel)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (channel < FL_CHANNEL_MIXER_MAX_CHANNELS, FALSE);

  return self->solo[channel];
}

void
fl_channel_mixer_set_solo (FlChannelMixer *self,
                           guint           channel,
                           gboolean        solo)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (channel < FL_CHANNEL_MIXER_MAX_CHANNELS);

  g_mutex_lock (&self->lock);
  self->solo[channel] = !!solo;
  g_mutex_unlock (&self->lock);
}

void
fl_channel_mixer_compute_gains (guint           n_channels,
                                const gboolean *muted,
                                const gboolean *solo,
                                float          *gains)
{
  gboolean any_solo = FALSE;

  g_return_if_fail (n_channels <= FL_CHANNEL_MIXER_MAX_CHANNELS);
  g_return_if_fail (muted != NULL && solo != NULL && gains != NULL);

  for (guint c = 0; c < n_channels; c++)
    any_solo = any_solo || solo[c];
  for (guint c = 0; c < n_channels; c++)
    gains[c] = muted[c] || (any_solo && !solo[c]) ? 0.0f : 1.0f;
}

/* Multiplies each channel by its gain. */
static GstPadProbeReturn
probe_cb (GstPad          *pad,
          GstPadProbeInfo *info,
          gpointer         user_data)
{
  FlChannelMixer *self = user_data;
  g_autoptr(GstCaps) caps = gst_pad_get_current_caps (pad);
  float gains[FL_CHANNEL_MIXER_MAX_CHANNELS];
  gboolean identity = TRUE;
  GstAudioInfo audio;
  GstBuffer *buffer;
  GstMapInfo map;
  guint n_channels;
  gsize n_frames;
  float *samples;

  if (caps == NULL || !gst_audio_info_from_caps (&audio, caps)
      || GST_AUDIO_INFO_FORMAT (&audio) != GST_AUDIO_FORMAT_F32
      || GST_AUDIO_INFO_CHANNELS (&audio) > FL_CHANNEL_MIXER_MAX_CHANNELS)
    return GST_PAD_PROBE_OK;

  n_channels = GST_AUDIO_INFO_CHANNELS (&audio);
  g_mutex_lock (&self->lock);
  fl_channel_mixer_compute_gains (n_channels, self->muted, self->solo, gains);
  g_mutex_unlock (&self->lock);
  for (guint c = 0; c < n_channels; c++)
    identity = identity && gains[c] == 1.0f && self->applied[c] == 1.0f;
  if (identity)
    return GST_PAD_PROBE_OK;

  buffer = gst_buffer_make_writable (GST_PAD_PROBE_INFO_BUFFER (info));
  GST_PAD_PROBE_INFO_DATA (info) = buffer;
  if (!gst_buffer_map (buffer, &map, GST_MAP_READWRITE))
    return GST_PAD_PROBE_OK;

  samples = (float *) (gpointer) map.data;
  n_frames = map.size / (sizeof (float) * n_channels);
  for (guint c = 0; c < n_channels; c++)
    {
      float from = self->applied[c];
      float step = n_frames > 0 ? (gains[c] - from) / n_frames : 0;

      for (gsize f = 0; f < n_frames; f++)
        samples[f * n_channels + c] *= from + step * f;
      self->applied[c] = gains[c];
    }
  gst_buffer_unmap (buffer, &map);
  return GST_PAD_PROBE_OK;
}

/* Applies the gains to the F32 audio through @pad of a new pipeline, which
 * starts at full gain; @self must outlive the pipeline. */
void
fl_channel_mixer_attach (FlChannelMixer *self,
                         GstPad         *pad)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (GST_IS_PAD (pad));

  for (guint c = 0; c < FL_CHANNEL_MIXER_MAX_CHANNELS; c++)
    self->applied[c] = 1.0f;
  gst_pad_add_probe (pad, GST_PAD_PROBE_TYPE_BUFFER, probe_cb, self, NULL);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gst/gst.h>

G_BEGIN_DECLS

#define FL_CHANNEL_MIXER_MAX_CHANNELS 8

/* Per-channel mute and solo of a playing call (the agent's lane, the
 * customer's lane): set from the main thread, applied in the streaming
 * thread by a buffer probe on F32 audio, each change ramped over one
 * buffer so that it does not click. */
typedef struct _FlChannelMixer FlChannelMixer;

FlChannelMixer   *fl_channel_mixer_new           (void);
void              fl_channel_mixer_free          (FlChannelMixer *self);
gboolean          fl_channel_mixer_get_muted     (FlChannelMixer *self,
                                                  guint           channel);
void              fl_channel_mixer_set_muted     (FlChannelMixer *self,
                                                  guint           channel,
                                                  gboolean        muted);
gboolean          fl_channel_mixer_get_solo      (FlChannelMixer *self,
                                                  guint           channel);
void              fl_channel_mixer_set_solo      (FlChannelMixer *self,
                                                  guint           channel,
                                                  gboolean        solo);
void              fl_channel_mixer_attach        (FlChannelMixer *self,
                                                  GstPad         *pad);

/* What each channel is multiplied by: if any channel is soloed only the
 * soloed ones sound; a muted channel is silent, soloed or not. */
void              fl_channel_mixer_compute_gains (guint           n_channels,
                                                  const gboolean *muted,
                                                  const gboolean *solo,
                                                  float          *gains);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FlChannelMixer, fl_channel_mixer_free)

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gst/gst.h>

#include "fl-player.h"

G_BEGIN_DECLS

/* FlPlayer's pipeline, private to it. */
typedef struct
{
  GstElement *pipeline;          /* owned */
  GstElement *tempo_caps;        /* before scaletempo: its caps tell the channels */
  GstElement *volume;
  gboolean    no_audio_device;   /* the sink plays nowhere (a fakesink) */
} FlPlayerPipeline;

/* @access: NULL when @path is a file, else the sign-in for @path, an
 * http(s) address streamed from. */
gboolean    fl_player_pipeline_build           (FlPlayerPipeline         *self,
                                                const char               *path,
                                                const char               *second_path,
                                                const FlPlayerHttpAccess *access,
                                                GError                  **error);
void        fl_player_pipeline_clear           (FlPlayerPipeline  *self);
const char *fl_player_pipeline_path_of_message (GstMessage        *message,
                                                const char        *fallback);

G_END_DECLS

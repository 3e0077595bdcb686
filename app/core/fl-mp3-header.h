/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fl-recording-probe.h"

G_BEGIN_DECLS

/* An MPEG audio Layer III file's duration from its first frames: the frame
 * count of a Xing, Info or VBRI header (less the encoder's delay and padding
 * that a LAME tag gives), else the constant bit rate and the file's size. FALSE when @data (the file's first bytes) does not say, so
 * that GStreamer's discoverer is asked instead. */
gboolean fl_audio_info_from_mp3_header (const guint8 *data,
                                        gsize         length,
                                        gint64        file_size,
                                        FlAudioInfo  *info);

G_END_DECLS

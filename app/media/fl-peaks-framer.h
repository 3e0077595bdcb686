/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "fl-peaks.h"

G_BEGIN_DECLS

/* Cuts one stream of decoded 16-bit samples into peak frames: the lowest
 * and highest sample of each channel per 1/FL_PEAKS_FRAMES_PER_SECOND s.
 * The stream is a whole file or a part of one (from a frame to a frame).
 * Finished frames wait in @staged until the caller moves them into the
 * peaks. Used by one thread at a time. */
typedef struct
{
  guint    n_channels;          /* 0 until the format is known */
  guint    rate;
  guint    first_frame;         /* where the part starts */
  guint    end_frame;           /* and ends; G_MAXUINT for the end of the stream */
  guint64  position;            /* the next sample per channel */
  guint64  end_position;        /* the sample at end_frame */
  guint64  frame_end;           /* the sample that starts the next frame */
  guint    frame;               /* the frame being folded */
  gboolean frame_has_data;
  gint16   lo[FL_PEAKS_MAX_CHANNELS];
  gint16   hi[FL_PEAKS_MAX_CHANNELS];
  GArray  *staged;              /* finished frames: (lo, hi) per channel */
  guint    staged_first;        /* the frame number of staged[0] */
} FlPeaksFramer;

void     fl_peaks_framer_init        (FlPeaksFramer *self);
void     fl_peaks_framer_clear       (FlPeaksFramer *self);
/* Before the format is set: only frames @first_frame to @end_frame. */
void     fl_peaks_framer_set_part    (FlPeaksFramer *self,
                                      guint          first_frame,
                                      guint          end_frame);
gboolean fl_peaks_framer_set_format  (FlPeaksFramer *self,
                                      guint          n_channels,
                                      guint          rate);
/* @n_samples samples of every channel, interleaved, that follow on. */
void     fl_peaks_framer_fold        (FlPeaksFramer *self,
                                      const gint16  *samples,
                                      gsize          n_samples);
/* Where the next samples really start (@sample, per channel, from the
 * start of the stream): a gap is filled with silence. Returns how many of
 * them to skip because they come before the part's position. */
guint64  fl_peaks_framer_place       (FlPeaksFramer *self,
                                      guint64        sample);
/* At the end of the stream: a last, shorter frame. */
void     fl_peaks_framer_finish      (FlPeaksFramer *self);
/* The staged frames, which the caller copies out before calling
 * fl_peaks_framer_take_staged() to drop them. */
guint    fl_peaks_framer_n_staged    (FlPeaksFramer *self);
void     fl_peaks_framer_take_staged (FlPeaksFramer *self);

G_END_DECLS

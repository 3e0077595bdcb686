/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* One peak pair (the lowest and highest sample) per channel every 10 ms. */
#define FL_PEAKS_FRAMES_PER_SECOND 100
#define FL_PEAKS_MAX_CHANNELS      8

#define FL_TYPE_PEAKS (fl_peaks_get_type ())

/* The waveform of one recording: min/max peaks per channel, filled in while
 * it decodes. One thread writes (the loader's worker); any thread may read:
 * frames below fl_peaks_get_n_frames() never change again. */
typedef struct _FlPeaks FlPeaks;

GType     fl_peaks_get_type              (void) G_GNUC_CONST;

FlPeaks  *fl_peaks_new                   (guint          n_channels,
                                          guint          sample_rate,
                                          gint64         duration);
FlPeaks  *fl_peaks_ref                   (FlPeaks       *self);
void      fl_peaks_unref                 (FlPeaks       *self);

guint     fl_peaks_get_n_channels        (FlPeaks       *self);
guint     fl_peaks_get_sample_rate       (FlPeaks       *self);
guint     fl_peaks_get_frames_per_second (FlPeaks       *self);
/* Nanoseconds; an estimate until the peaks are complete, -1 if unknown. */
gint64    fl_peaks_get_duration          (FlPeaks       *self);
guint     fl_peaks_get_n_frames          (FlPeaks       *self);
gboolean  fl_peaks_is_complete           (FlPeaks       *self);
/* TRUE if these peaks were read back from the cache rather than decoded. */
gboolean  fl_peaks_is_from_cache         (FlPeaks       *self);

/* Floats in -1..1. @frame must be below fl_peaks_get_n_frames(). */
void      fl_peaks_get_min_max           (FlPeaks       *self,
                                          guint          channel,
                                          guint          frame,
                                          float         *min,
                                          float         *max);
/* The lowest and highest of @n_frames frames from @first_frame, for drawing
 * a zoomed-out column; the range is cut to the frames decoded so far.
 * Returns FALSE (and 0, 0) if none of the range is decoded yet. */
gboolean  fl_peaks_fold                  (FlPeaks       *self,
                                          guint          channel,
                                          guint          first_frame,
                                          guint          n_frames,
                                          float         *min,
                                          float         *max);
gint64    fl_peaks_frame_to_time         (FlPeaks       *self,
                                          guint          frame);
guint     fl_peaks_time_to_frame         (FlPeaks       *self,
                                          gint64         time);

/* The writer's side, for the loader: values are samples scaled to -32767..32767. */
void      fl_peaks_set_frame             (FlPeaks       *self,
                                          guint          channel,
                                          guint          frame,
                                          gint16         min,
                                          gint16         max);
/* @n_frames frames of @n_channels channels from @first_channel, each frame
 * a (min, max) pair per channel: the same as fl_peaks_set_frame() in bulk. */
void      fl_peaks_set_frames            (FlPeaks       *self,
                                          guint          first_channel,
                                          guint          n_channels,
                                          guint          first_frame,
                                          const gint16  *frames,
                                          guint          n_frames);
void      fl_peaks_publish               (FlPeaks       *self,
                                          guint          n_frames);
void      fl_peaks_set_duration          (FlPeaks       *self,
                                          gint64         duration);
void      fl_peaks_set_complete          (FlPeaks       *self);

/* The cache file: a versioned header, the key it was made for (the
 * recording's identity), a checksum, and int16 peaks. Reading checks all of
 * it: a file that is truncated, corrupt, of another version or made for
 * another key is refused with G_IO_ERROR_INVALID_DATA. */
GBytes   *fl_peaks_serialize             (FlPeaks       *self,
                                          const char    *key);
FlPeaks  *fl_peaks_deserialize           (GBytes        *bytes,
                                          const char    *key,
                                          GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FlPeaks, fl_peaks_unref)

G_END_DECLS

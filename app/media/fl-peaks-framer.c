/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-peaks-framer"

#include "config.h"

#include <string.h>
#if defined (__SSE2__)
#include <emmintrin.h>
#endif

#include "fl-peaks-framer.h"

/* The innermost loop of a waveform load: every decoded sample passes
 * through fold_samples() once. With SSE2 (every x86-64) eight samples are
 * compared at a time. */

#if defined (__SSE2__)
/* @n_channels divides 8, so lane k of a register always holds channel
 * k % n_channels; @n is a multiple of 8. */
static void
fold_sse2 (const gint16 *samples,
           gsize         n,
           guint         n_channels,
           gint16       *lo,
           gint16       *hi)
{
  gint16 lanes[8];
  __m128i vlo;
  __m128i vhi;

  for (guint k = 0; k < 8; k++)
    lanes[k] = lo[k % n_channels];
  vlo = _mm_loadu_si128 ((const __m128i *) lanes);
  for (guint k = 0; k < 8; k++)
    lanes[k] = hi[k % n_channels];
  vhi = _mm_loadu_si128 ((const __m128i *) lanes);

  for (gsize i = 0; i < n; i += 8)
    {
      __m128i v = _mm_loadu_si128 ((const __m128i *) (samples + i));

      vlo = _mm_min_epi16 (vlo, v);
      vhi = _mm_max_epi16 (vhi, v);
    }

  /* Fold the lanes of each channel onto the first n_channels lanes (the
   * shifts count bytes: a lane is two). */
  if (n_channels <= 4)
    {
      vlo = _mm_min_epi16 (vlo, _mm_srli_si128 (vlo, 8));
      vhi = _mm_max_epi16 (vhi, _mm_srli_si128 (vhi, 8));
    }
  if (n_channels <= 2)
    {
      vlo = _mm_min_epi16 (vlo, _mm_srli_si128 (vlo, 4));
      vhi = _mm_max_epi16 (vhi, _mm_srli_si128 (vhi, 4));
    }
  if (n_channels == 1)
    {
      vlo = _mm_min_epi16 (vlo, _mm_srli_si128 (vlo, 2));
      vhi = _mm_max_epi16 (vhi, _mm_srli_si128 (vhi, 2));
    }
  _mm_storeu_si128 ((__m128i *) lanes, vlo);
  memcpy (lo, lanes, n_channels * sizeof (gint16));
  _mm_storeu_si128 ((__m128i *) lanes, vhi);
  memcpy (hi, lanes, n_channels * sizeof (gint16));
}
#endif

/* Folds @n interleaved values of @n_channels channels into @lo and @hi. */
static void
fold_samples (const gint16 *samples,
              gsize         n,
              guint         n_channels,
              gint16       *lo,
              gint16       *hi)
{
  gsize i = 0;

#if defined (__SSE2__)
  if (8 % n_channels == 0 && n >= 8)
    {
      i = n & ~(gsize) 7;
      fold_sse2 (samples, i, n_channels, lo, hi);
    }
#endif

  for (; i < n; i += n_channels)
    for (guint c = 0; c < n_channels; c++)
      {
        lo[c] = MIN (lo[c], samples[i + c]);
        hi[c] = MAX (hi[c], samples[i + c]);
      }
}

/* The first sample of frame @frame, rounded up, so frames tile the samples
 * exactly even when the rate is not a multiple of the frame rate. */
static guint64
frame_start (guint frame,
             guint rate)
{
  return ((guint64) frame * rate + FL_PEAKS_FRAMES_PER_SECOND - 1) / FL_PEAKS_FRAMES_PER_SECOND;
}

static void
reset_frame (FlPeaksFramer *self)
{
  for (guint c = 0; c < FL_PEAKS_MAX_CHANNELS; c++)
    {
      self->lo[c] = G_MAXINT16;
      self->hi[c] = G_MININT16;
    }
  self->frame_has_data = FALSE;
}

static void
finish_frame (FlPeaksFramer *self)
{
  for (guint c = 0; c < self->n_channels; c++)
    {
      gint16 pair[2] = { MAX (self->lo[c], -G_MAXINT16), self->hi[c] };

      g_array_append_vals (self->staged, pair, 2);
    }
  self->frame++;
  self->frame_end = frame_start (self->frame + 1, self->rate);
  reset_frame (self);
}

void
fl_peaks_framer_init (FlPeaksFramer *self)
{
  memset (self, 0, sizeof *self);
  self->end_frame = G_MAXUINT;
  self->staged = g_array_new (FALSE, FALSE, sizeof (gint16));
  reset_frame (self);
}

void
fl_peaks_framer_clear (FlPeaksFramer *self)
{
  g_clear_pointer (&self->staged, g_array_unref);
}

void
fl_peaks_framer_set_part (FlPeaksFramer *self,
                          guint          first_frame,
                          guint          end_frame)
{
  g_return_if_fail (self->n_channels == 0);
  g_return_if_fail (first_frame < end_frame);

  self->first_frame = self->frame = self->staged_first = first_frame;
  self->end_frame = end_frame;
}

gboolean
fl_peaks_framer_set_format (FlPeaksFramer *self,
                            guint          n_channels,
                            guint          rate)
{
  if (n_channels == 0 || n_channels > FL_PEAKS_MAX_CHANNELS || rate == 0)
    return FALSE;

  self->n_channels = n_channels;
  self->rate = rate;
  self->position = frame_start (self->first_frame, rate);
  self->end_position = self->end_frame == G_MAXUINT ? G_MAXUINT64
                                                    : frame_start (self->end_frame, rate);
  self->frame_end = frame_start (self->first_frame + 1, rate);
  return TRUE;
}

void
fl_peaks_framer_fold (FlPeaksFramer *self,
                      const gint16  *samples,
                      gsize          n_samples)
{
  /* A part stops at its end frame even if its decoder gives a little more. */
  n_samples = self->position < self->end_position
              ? MIN (n_samples, self->end_position - self->position) : 0;

  while (n_samples > 0)
    {
      gsize take = MIN (self->frame_end - self->position, n_samples);

      fold_samples (samples, take * self->n_channels, self->n_channels, self->lo, self->hi);
      self->frame_has_data = TRUE;
      samples += take * self->n_channels;
      n_samples -= take;
      self->position += take;
      if (self->position == self->frame_end)
        finish_frame (self);
    }
}

guint64
fl_peaks_framer_place (FlPeaksFramer *self,
                       guint64        sample)
{
  static const gint16 zeros[FL_PEAKS_MAX_CHANNELS * 256] = { 0, };

  g_return_val_if_fail (self->n_channels > 0, 0);

  if (sample <= self->position)
    return self->position - sample;

  sample = MIN (sample, self->end_position);
  while (self->position < sample)
    fl_peaks_framer_fold (self, zeros,
                          MIN (sample - self->position, G_N_ELEMENTS (zeros) / self->n_channels));
  return 0;
}

void
fl_peaks_framer_finish (FlPeaksFramer *self)
{
  if (self->frame_has_data)
    finish_frame (self);
}

guint
fl_peaks_framer_n_staged (FlPeaksFramer *self)
{
  return self->staged->len / (2 * MAX (self->n_channels, 1));
}

void
fl_peaks_framer_take_staged (FlPeaksFramer *self)
{
  self->staged_first += fl_peaks_framer_n_staged (self);
  g_array_set_size (self->staged, 0);
}

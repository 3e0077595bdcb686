/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "fl-peaks.h"

G_BEGIN_DECLS

/* A note shown on the lanes: a moment (end_ms < 0) or a range. */
typedef struct
{
  gint64 id;
  gint64 start_ms;
  gint64 end_ms;
} FlWaveformMarker;

#define FL_TYPE_WAVEFORM (fl_waveform_get_type ())
G_DECLARE_FINAL_TYPE (FlWaveform, fl_waveform, FL, WAVEFORM, GtkWidget)

GtkWidget *fl_waveform_new              (void);
void       fl_waveform_set_peaks        (FlWaveform             *self,
                                         FlPeaks                *peaks);
void       fl_waveform_peaks_grew       (FlWaveform             *self);
void       fl_waveform_set_duration     (FlWaveform             *self,
                                         gint64                  duration_ns);
gint64     fl_waveform_get_position     (FlWaveform             *self);
void       fl_waveform_set_position     (FlWaveform             *self,
                                         gint64                  position_ns);
void       fl_waveform_set_markers      (FlWaveform             *self,
                                         const FlWaveformMarker *markers,
                                         guint                   n_markers);
double     fl_waveform_get_zoom         (FlWaveform             *self);
void       fl_waveform_set_zoom         (FlWaveform             *self,
                                         double                  pixels_per_second);

G_END_DECLS

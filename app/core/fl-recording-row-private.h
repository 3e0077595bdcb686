/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fl-recording-row.h"

G_BEGIN_DECLS

/* Private to app/core: FlRecordingRows makes and fills its rows. */
FlRecordingRow *fl_recording_row_new           (guint           position,
                                                FlRecording    *recording);
guint           fl_recording_row_get_position  (FlRecordingRow *self);
void            fl_recording_row_set_recording (FlRecordingRow *self,
                                                FlRecording    *recording);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fl-recording.h"

G_BEGIN_DECLS

#define FL_TYPE_RECORDING_ROW (fl_recording_row_get_type ())
G_DECLARE_FINAL_TYPE (FlRecordingRow, fl_recording_row, FL, RECORDING_ROW, GObject)

/* One place in FlRecordingRows: the recording shown there changes (a new
 * sort, a search) while the row stays, so a list view rebinds its labels
 * instead of rebuilding its widgets. */
FlRecording *fl_recording_row_get_recording (FlRecordingRow *self);

G_END_DECLS

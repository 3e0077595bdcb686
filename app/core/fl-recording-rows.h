/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fl-recording-list.h"
#include "fl-recording-row.h"

G_BEGIN_DECLS

#define FL_TYPE_RECORDING_ROWS (fl_recording_rows_get_type ())
G_DECLARE_FINAL_TYPE (FlRecordingRows, fl_recording_rows, FL, RECORDING_ROWS, GObject)

/* An FlRecordingList for list views, as a GListModel of FlRecordingRow
 * that keep their place: when the list's order or content changes, the rows
 * a view holds are given their new recordings, and only a change of length
 * is told with items-changed, at the end. GTK 4.8 rebuilds every row widget
 * of a replaced range (and, with a tracked row in it, reads every added
 * item); this way a sort of 100,000 rows rebinds the few rows on screen. */
FlRecordingRows *fl_recording_rows_new         (FlRecordingList *list);
FlRecordingList *fl_recording_rows_get_list    (FlRecordingRows *self);
void             fl_recording_rows_set_visible (FlRecordingRows *self,
                                                guint            first,
                                                guint            n);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "fl-database.h"
#include "fl-recording-query.h"
#include "fl-recording.h"

G_BEGIN_DECLS

#define FL_RECORDING_LIST_PAGE_SIZE 200
#define FL_RECORDING_LIST_MAX_PAGES 8

#define FL_TYPE_RECORDING_LIST (fl_recording_list_get_type ())
G_DECLARE_FINAL_TYPE (FlRecordingList, fl_recording_list, FL, RECORDING_LIST, GObject)

/* The library as a GListModel of FlRecording that never blocks the main
 * thread on a big query: the sorted, filtered ids are found in a worker,
 * then the rows are read a page at a time as they are shown, and only a
 * few pages are kept. */
FlRecordingList        *fl_recording_list_new        (FlDatabase             *database);
void                    fl_recording_list_set_query  (FlRecordingList        *self,
                                                      const FlRecordingQuery *query);
const FlRecordingQuery *fl_recording_list_get_query  (FlRecordingList        *self);
void                    fl_recording_list_refresh    (FlRecordingList        *self);
gboolean                fl_recording_list_get_loading (FlRecordingList       *self);
const GError           *fl_recording_list_get_error  (FlRecordingList        *self);
guint                   fl_recording_list_find       (FlRecordingList        *self,
                                                      gint64                  id);
gint64                  fl_recording_list_get_id     (FlRecordingList        *self,
                                                      guint                   position);
guint                   fl_recording_list_get_n_cached (FlRecordingList      *self);

G_END_DECLS

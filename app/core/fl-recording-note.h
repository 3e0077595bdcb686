/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define FL_TYPE_RECORDING_NOTE (fl_recording_note_get_type ())
G_DECLARE_FINAL_TYPE (FlRecordingNote, fl_recording_note, FL, RECORDING_NOTE, GObject)

/* A reviewer's note pinned to a moment of a call (end-ms is -1) or to a
 * range. Properties: id, recording-id, evaluation-id, item-id (0 when not
 * linked), start-ms, end-ms, text, author-id, author-name, created-at, updated-at. */
gint64      fl_recording_note_get_id            (FlRecordingNote *self);
gint64      fl_recording_note_get_recording_id  (FlRecordingNote *self);
gint64      fl_recording_note_get_evaluation_id (FlRecordingNote *self);
gint64      fl_recording_note_get_item_id       (FlRecordingNote *self);
gint64      fl_recording_note_get_start_ms      (FlRecordingNote *self);
gint64      fl_recording_note_get_end_ms        (FlRecordingNote *self);
gboolean    fl_recording_note_is_range          (FlRecordingNote *self);
const char *fl_recording_note_get_text          (FlRecordingNote *self);
gint64      fl_recording_note_get_author_id     (FlRecordingNote *self);
const char *fl_recording_note_get_author_name   (FlRecordingNote *self);
const char *fl_recording_note_get_created_at    (FlRecordingNote *self);
const char *fl_recording_note_get_updated_at    (FlRecordingNote *self);

/* Audacity's label track format: "start\tend\ttext\n" per note, seconds with
 * six decimals and a "." whatever the locale; a moment has start == end. */
char       *fl_recording_notes_to_audacity_labels (GListModel    *notes);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "fl-call-metadata.h"

G_BEGIN_DECLS

/* recordings.status */
typedef enum
{
  FL_RECORDING_STATUS_PRESENT,
  FL_RECORDING_STATUS_MISSING,
  FL_RECORDING_STATUS_UNREADABLE,
} FlRecordingStatus;

/* recordings.evaluation_state: the latest evaluation's state. */
typedef enum
{
  FL_RECORDING_EVALUATION_NONE,
  FL_RECORDING_EVALUATION_DRAFT,
  FL_RECORDING_EVALUATION_SUBMITTED,
} FlRecordingEvaluation;

#define FL_TYPE_RECORDING_STATUS (fl_recording_status_get_type ())
#define FL_TYPE_RECORDING_EVALUATION (fl_recording_evaluation_get_type ())

GType                  fl_recording_status_get_type         (void) G_GNUC_CONST;
GType                  fl_recording_evaluation_get_type     (void) G_GNUC_CONST;

const char            *fl_recording_status_to_code          (FlRecordingStatus      status);
FlRecordingStatus      fl_recording_status_from_code        (const char            *code);
const char            *fl_recording_status_to_label         (FlRecordingStatus      status);
const char            *fl_recording_evaluation_to_code      (FlRecordingEvaluation  evaluation);
FlRecordingEvaluation  fl_recording_evaluation_from_code    (const char            *code);
const char            *fl_recording_evaluation_to_label     (FlRecordingEvaluation  evaluation);
const char            *fl_recording_codec_to_label          (const char            *codec);

#define FL_TYPE_RECORDING (fl_recording_get_type ())
G_DECLARE_FINAL_TYPE (FlRecording, fl_recording, FL, RECORDING, GObject)

/* One row of the recordings library, as it was when read: the properties
 * are read-only; FlRecordingService and FlRecordingList make these. */
gint64                 fl_recording_get_id                  (FlRecording *self);
const char            *fl_recording_get_path                (FlRecording *self);
const char            *fl_recording_get_second_path         (FlRecording *self);
const char            *fl_recording_get_unique_id           (FlRecording *self);
const char            *fl_recording_get_started_at          (FlRecording *self);
GDateTime             *fl_recording_dup_started_at_local    (FlRecording *self);
const char            *fl_recording_get_caller              (FlRecording *self);
const char            *fl_recording_get_callee              (FlRecording *self);
const char            *fl_recording_get_agent_number        (FlRecording *self);
gint64                 fl_recording_get_agent_staff_id      (FlRecording *self);
const char            *fl_recording_get_agent_name          (FlRecording *self);
const char            *fl_recording_get_agent_job_number    (FlRecording *self);
gint64                 fl_recording_get_team_id             (FlRecording *self);
const char            *fl_recording_get_team_name           (FlRecording *self);
const char            *fl_recording_get_queue               (FlRecording *self);
FlCallDirection        fl_recording_get_direction           (FlRecording *self);
gint64                 fl_recording_get_duration_ms         (FlRecording *self);
const char            *fl_recording_get_codec               (FlRecording *self);
guint                  fl_recording_get_channels            (FlRecording *self);
guint                  fl_recording_get_sample_rate         (FlRecording *self);
gint64                 fl_recording_get_file_size           (FlRecording *self);
gint64                 fl_recording_get_source_id           (FlRecording *self);
FlRecordingStatus      fl_recording_get_status              (FlRecording *self);
const char            *fl_recording_get_problem             (FlRecording *self);
FlRecordingEvaluation  fl_recording_get_evaluation_state    (FlRecording *self);
double                 fl_recording_get_score               (FlRecording *self);
gboolean               fl_recording_get_passed              (FlRecording *self);
const char            *fl_recording_get_imported_at         (FlRecording *self);
const char            *fl_recording_get_updated_at          (FlRecording *self);

G_END_DECLS

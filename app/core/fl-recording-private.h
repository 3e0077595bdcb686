/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <sqlite3.h>

#include "fl-recording.h"

G_BEGIN_DECLS

/* The columns fl_recording_new_from_row() reads, in its order, and the
 * joins they need. Private to app/core: the service and the list share them. */
#define FL_RECORDING_COLUMNS \
  "r.id, r.path, r.second_path, r.unique_id, r.started_at, r.caller, r.callee, " \
  "r.agent_number, r.agent_staff_id, s.name, s.job_number, s.team_id, t.name, r.queue, " \
  "r.direction, r.duration_ms, r.codec, r.channels, r.sample_rate, r.file_size, r.status, " \
  "r.problem, r.evaluation_state, r.score, r.passed, r.imported_at, r.updated_at, r.source_id "
#define FL_RECORDING_FROM \
  "FROM recordings r LEFT JOIN staff s ON s.id = r.agent_staff_id " \
  "LEFT JOIN teams t ON t.id = s.team_id "

FlRecording *fl_recording_new_from_row (sqlite3_stmt *statement);
gboolean     fl_recording_same         (FlRecording  *a,
                                        FlRecording  *b);

G_END_DECLS

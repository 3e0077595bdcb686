-- SPDX-License-Identifier: GPL-3.0-or-later
-- Floorlead schema 4: calibration sessions are scored blind. Every list of
-- evaluations asks whether one belongs to an open session; a recording has
-- at most one open session, so a scorer's evaluation of it is never in doubt.
CREATE INDEX calibration_scorers_by_evaluation ON calibration_scorers (evaluation_id);
CREATE UNIQUE INDEX calibration_sessions_open_per_recording
  ON calibration_sessions (recording_id) WHERE state = 'open';

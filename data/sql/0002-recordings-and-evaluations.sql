-- SPDX-License-Identifier: GPL-3.0-or-later
-- Floorlead schema 2: recorded calls, scorecard templates, evaluations and notes.

-- One row per call. A leg pair (two mono files of one call) is one recording
-- whose second leg is in second_path. A file that disappeared is flagged
-- 'missing', never deleted: its evaluations stay.
CREATE TABLE recordings (
  id               INTEGER PRIMARY KEY,
  path             TEXT NOT NULL UNIQUE,
  second_path      TEXT,
  file_size        INTEGER,
  file_mtime       INTEGER,            -- seconds since the epoch, for change detection
  unique_id        TEXT,
  started_at       TEXT,               -- UTC ISO-8601
  caller           TEXT,
  callee           TEXT,
  agent_number     TEXT,               -- extension or 工号 as the PBX knows it
  agent_staff_id   INTEGER REFERENCES staff (id),
  queue            TEXT,
  direction        TEXT CHECK (direction IN ('inbound', 'outbound', 'internal')),
  duration_ms      INTEGER,
  codec            TEXT,
  channels         INTEGER,
  sample_rate      INTEGER,
  status           TEXT NOT NULL DEFAULT 'present'
                   CHECK (status IN ('present', 'missing', 'unreadable')),
  problem          TEXT,               -- why it is unreadable, in words
  evaluation_state TEXT NOT NULL DEFAULT 'none'
                   CHECK (evaluation_state IN ('none', 'draft', 'submitted')),
  score            REAL,               -- the latest submitted evaluation's score, percent
  passed           INTEGER,
  imported_at      TEXT NOT NULL,
  updated_at       TEXT NOT NULL
) STRICT;

-- The library sorts and filters in SQL; each sortable column has an index.
CREATE INDEX recordings_by_start ON recordings (started_at);
CREATE INDEX recordings_by_agent ON recordings (agent_staff_id, started_at);
CREATE INDEX recordings_by_agent_number ON recordings (agent_number);
CREATE INDEX recordings_by_caller ON recordings (caller);
CREATE INDEX recordings_by_queue ON recordings (queue, started_at);
CREATE INDEX recordings_by_direction ON recordings (direction, started_at);
CREATE INDEX recordings_by_duration ON recordings (duration_ms);
CREATE INDEX recordings_by_state ON recordings (evaluation_state, started_at);
CREATE INDEX recordings_by_score ON recordings (score);
CREATE INDEX recordings_by_unique_id ON recordings (unique_id);

-- A template's versions share a family_id (the id of its first version).
-- Editing a template that has evaluations creates a new version; past
-- evaluations keep pointing at the version they were scored on.
CREATE TABLE scorecard_templates (
  id          INTEGER PRIMARY KEY,
  family_id   INTEGER NOT NULL,
  version     INTEGER NOT NULL DEFAULT 1,
  name        TEXT NOT NULL CHECK (length(name) > 0),
  description TEXT,
  pass_mark   REAL NOT NULL DEFAULT 80 CHECK (pass_mark BETWEEN 0 AND 100),
  status      TEXT NOT NULL DEFAULT 'active'
              CHECK (status IN ('active', 'superseded', 'archived')),
  created_at  TEXT NOT NULL,
  UNIQUE (family_id, version)
) STRICT;

CREATE TABLE scorecard_sections (
  id          INTEGER PRIMARY KEY,
  template_id INTEGER NOT NULL REFERENCES scorecard_templates (id) ON DELETE CASCADE,
  position    INTEGER NOT NULL,
  title       TEXT NOT NULL CHECK (length(title) > 0),
  weight      REAL CHECK (weight IS NULL OR weight >= 0)
) STRICT;

CREATE INDEX scorecard_sections_by_template ON scorecard_sections (template_id, position);

CREATE TABLE scorecard_items (
  id          INTEGER PRIMARY KEY,
  section_id  INTEGER NOT NULL REFERENCES scorecard_sections (id) ON DELETE CASCADE,
  position    INTEGER NOT NULL,
  text        TEXT NOT NULL CHECK (length(text) > 0),
  guidance    TEXT,
  max_points  INTEGER NOT NULL CHECK (max_points >= 0),
  answer_type TEXT NOT NULL DEFAULT 'yes_no' CHECK (answer_type IN ('yes_no', 'scale')),
  criticality TEXT NOT NULL DEFAULT 'none'
              CHECK (criticality IN ('none', 'critical', 'section_critical')),
  allow_na    INTEGER NOT NULL DEFAULT 1
) STRICT;

CREATE INDEX scorecard_items_by_section ON scorecard_items (section_id, position);

CREATE TABLE evaluations (
  id                   INTEGER PRIMARY KEY,
  recording_id         INTEGER NOT NULL REFERENCES recordings (id),
  template_id          INTEGER NOT NULL REFERENCES scorecard_templates (id),
  evaluator_account_id INTEGER NOT NULL REFERENCES accounts (id),
  agent_staff_id       INTEGER REFERENCES staff (id),
  state                TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'submitted')),
  score                REAL,           -- percent; NULL while nothing applicable is answered
  passed               INTEGER,
  auto_failed          INTEGER NOT NULL DEFAULT 0,
  revision             INTEGER NOT NULL DEFAULT 1,
  review_seconds       INTEGER NOT NULL DEFAULT 0,
  comment              TEXT,
  started_at           TEXT NOT NULL,
  updated_at           TEXT NOT NULL,
  submitted_at         TEXT
) STRICT;

CREATE INDEX evaluations_by_recording ON evaluations (recording_id);
CREATE INDEX evaluations_by_agent ON evaluations (agent_staff_id, submitted_at);
CREATE INDEX evaluations_by_evaluator ON evaluations (evaluator_account_id);

-- An item without a row is unanswered. points is NULL when the answer is N/A.
CREATE TABLE evaluation_answers (
  evaluation_id INTEGER NOT NULL REFERENCES evaluations (id) ON DELETE CASCADE,
  item_id       INTEGER NOT NULL REFERENCES scorecard_items (id),
  not_applicable INTEGER NOT NULL DEFAULT 0,
  points        INTEGER,
  comment       TEXT,
  PRIMARY KEY (evaluation_id, item_id)
) STRICT;

-- Earlier versions of a submitted evaluation that was changed, with why.
CREATE TABLE evaluation_revisions (
  id                  INTEGER PRIMARY KEY,
  evaluation_id       INTEGER NOT NULL REFERENCES evaluations (id),
  revision            INTEGER NOT NULL,
  snapshot_json       TEXT NOT NULL,
  reason              TEXT NOT NULL CHECK (length(reason) > 0),
  changed_by_account_id INTEGER REFERENCES accounts (id),
  changed_at          TEXT NOT NULL
) STRICT;

-- Notes pinned to a moment (end_ms NULL) or a range of a call.
CREATE TABLE recording_notes (
  id                INTEGER PRIMARY KEY,
  recording_id      INTEGER NOT NULL REFERENCES recordings (id),
  evaluation_id     INTEGER REFERENCES evaluations (id) ON DELETE SET NULL,
  item_id           INTEGER REFERENCES scorecard_items (id),
  start_ms          INTEGER NOT NULL CHECK (start_ms >= 0),
  end_ms            INTEGER CHECK (end_ms IS NULL OR end_ms >= start_ms),
  text              TEXT NOT NULL,
  author_account_id INTEGER REFERENCES accounts (id),
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL
) STRICT;

CREATE INDEX recording_notes_by_recording ON recording_notes (recording_id, start_ms);

-- Where each reviewer stopped listening, so a recording reopens there.
CREATE TABLE playback_positions (
  recording_id INTEGER NOT NULL REFERENCES recordings (id),
  account_id   INTEGER NOT NULL REFERENCES accounts (id),
  position_ms  INTEGER NOT NULL,
  PRIMARY KEY (recording_id, account_id)
) STRICT;

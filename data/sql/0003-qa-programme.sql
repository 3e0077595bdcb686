-- SPDX-License-Identifier: GPL-3.0-or-later
-- Floorlead schema 3: the QA programme. Monthly sampling plans, the month's
-- results by the center's rules and closed months, complaints, disputes and
-- calibration sessions.

-- What the month's results group by, kept on each evaluation so that no
-- query computes a date per row: the call's day and month in the center's
-- local time, and what the evaluation is for ('qa': a QA auditor's sampled
-- call; 'monitoring': a supervisor's monitored call, which makes the
-- monitoring coefficient; 'calibration': a calibration session's scoring,
-- which counts for nobody's results).
ALTER TABLE evaluations ADD COLUMN call_date TEXT;     -- YYYY-MM-DD
ALTER TABLE evaluations ADD COLUMN call_month TEXT;    -- YYYY-MM
ALTER TABLE evaluations ADD COLUMN purpose TEXT NOT NULL DEFAULT 'qa'
  CHECK (purpose IN ('qa', 'monitoring', 'calibration'));

UPDATE evaluations
SET call_date = (SELECT date (r.started_at, 'localtime') FROM recordings r
                 WHERE r.id = evaluations.recording_id);
UPDATE evaluations SET call_month = substr (call_date, 1, 7);

-- The month's results for every agent, and one agent's trend, read only
-- these indexes.
CREATE INDEX evaluations_by_month
  ON evaluations (call_month, purpose, state, agent_staff_id, passed, score);
CREATE INDEX evaluations_by_agent_date
  ON evaluations (agent_staff_id, purpose, state, call_date, score, passed);

-- Drawing a month's sample reads every call of the month agent by agent:
-- the agent index now also holds what the draw looks at, so it reads no
-- table row (180,000 calls in well under a second).
DROP INDEX recordings_by_agent;
CREATE INDEX recordings_by_agent
  ON recordings (agent_staff_id, started_at, duration_ms, status, evaluation_state, queue);

-- A month's sampling plan, for one team or (team_id NULL) the whole center.
-- The draw is reproducible from its seed and can be topped up.
CREATE TABLE sampling_plans (
  id                    INTEGER PRIMARY KEY,
  month                 TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'),
  team_id               INTEGER REFERENCES teams (id),
  per_agent             INTEGER NOT NULL CHECK (per_agent > 0),
  monitored_per_agent   INTEGER NOT NULL CHECK (monitored_per_agent >= 0),
  min_duration_ms       INTEGER NOT NULL CHECK (min_duration_ms >= 0),
  seed                  INTEGER NOT NULL,
  created_by_account_id INTEGER REFERENCES accounts (id),
  created_at            TEXT NOT NULL,
  topped_up_at          TEXT
) STRICT;

CREATE UNIQUE INDEX sampling_plans_by_scope ON sampling_plans (month, coalesce (team_id, 0));

-- A drawn call: for QA (assigned to an auditor) or for a supervisor's
-- monitoring quota (assigned to the agent's team lead). Done when the
-- assignee has submitted an evaluation of it.
CREATE TABLE sample_assignments (
  id                  INTEGER PRIMARY KEY,
  plan_id             INTEGER NOT NULL REFERENCES sampling_plans (id),
  recording_id        INTEGER NOT NULL REFERENCES recordings (id),
  agent_staff_id      INTEGER NOT NULL REFERENCES staff (id),
  purpose             TEXT NOT NULL CHECK (purpose IN ('qa', 'monitoring')),
  assignee_account_id INTEGER REFERENCES accounts (id),
  drawn_at            TEXT NOT NULL,
  UNIQUE (recording_id, purpose)
) STRICT;

CREATE INDEX sample_assignments_by_plan ON sample_assignments (plan_id, agent_staff_id);
CREATE INDEX sample_assignments_by_assignee ON sample_assignments (assignee_account_id, plan_id);

-- A closed month's results are frozen here; reopening one (with a reason,
-- in the audit log) deletes them until it closes again.
CREATE TABLE qa_months (
  month                TEXT PRIMARY KEY CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'),
  closed_at            TEXT,
  closed_by_account_id INTEGER REFERENCES accounts (id)
) STRICT;

CREATE TABLE qa_month_results (
  month            TEXT NOT NULL REFERENCES qa_months (month),
  staff_id         INTEGER NOT NULL REFERENCES staff (id),
  evaluated        INTEGER NOT NULL,
  passed           INTEGER NOT NULL,
  failed           INTEGER NOT NULL,
  average_score    REAL,
  qa_points        REAL,
  monitored        INTEGER NOT NULL,
  monitored_score  REAL,
  coefficient      REAL,
  complaints       INTEGER NOT NULL,
  complaint_points REAL NOT NULL,
  total            REAL,
  rank             INTEGER,
  PRIMARY KEY (month, staff_id)
) STRICT;

-- Complaints (投诉) about an agent. A QA auditor verifies each against the
-- recordings: confirmed as caused by the agent, or not. Confirmed ones
-- cost complaint points and are marked for the department head.
CREATE TABLE complaints (
  id                     INTEGER PRIMARY KEY,
  received_on            TEXT NOT NULL,          -- YYYY-MM-DD
  month                  TEXT NOT NULL,          -- YYYY-MM of received_on
  caller                 TEXT,
  agent_staff_id         INTEGER NOT NULL REFERENCES staff (id),
  description            TEXT NOT NULL CHECK (length(description) > 0),
  filed_by_account_id    INTEGER REFERENCES accounts (id),
  filed_at               TEXT NOT NULL,
  state                  TEXT NOT NULL DEFAULT 'open'
                         CHECK (state IN ('open', 'confirmed', 'not_confirmed')),
  verified_by_account_id INTEGER REFERENCES accounts (id),
  verified_at            TEXT,
  verification_note      TEXT,
  seen_by_head_at        TEXT
) STRICT;

CREATE INDEX complaints_by_month ON complaints (month, state, agent_staff_id);
CREATE INDEX complaints_by_agent ON complaints (agent_staff_id, received_on);

-- The recordings a complaint concerns, and the moment the verification
-- points to in each (milliseconds into the call; NULL for none).
CREATE TABLE complaint_recordings (
  complaint_id INTEGER NOT NULL REFERENCES complaints (id),
  recording_id INTEGER NOT NULL REFERENCES recordings (id),
  start_ms     INTEGER CHECK (start_ms IS NULL OR start_ms >= 0),
  end_ms       INTEGER CHECK (end_ms IS NULL OR end_ms >= start_ms),
  PRIMARY KEY (complaint_id, recording_id)
) STRICT;

-- A team lead's dispute (申诉) of one item of a submitted evaluation, on
-- the agent's behalf; decided by the original auditor or a department
-- head: kept, accepted (the proposed answer), or changed to another.
CREATE TABLE disputes (
  id                      INTEGER PRIMARY KEY,
  evaluation_id           INTEGER NOT NULL REFERENCES evaluations (id),
  item_id                 INTEGER NOT NULL REFERENCES scorecard_items (id),
  filed_by_account_id     INTEGER NOT NULL REFERENCES accounts (id),
  filed_at                TEXT NOT NULL,
  reason                  TEXT NOT NULL CHECK (length(reason) > 0),
  proposed_not_applicable INTEGER NOT NULL DEFAULT 0,
  proposed_points         INTEGER,
  state                   TEXT NOT NULL DEFAULT 'open'
                          CHECK (state IN ('open', 'kept', 'accepted', 'changed')),
  decided_by_account_id   INTEGER REFERENCES accounts (id),
  decided_at              TEXT,
  decision_comment        TEXT,
  decided_not_applicable  INTEGER,
  decided_points          INTEGER
) STRICT;

CREATE INDEX disputes_by_evaluation ON disputes (evaluation_id, item_id);
CREATE INDEX disputes_by_state ON disputes (state, filed_at);

-- A calibration session (校准): several auditors score the same call
-- blind, beside a reference scorer; answers are shown once it closes.
CREATE TABLE calibration_sessions (
  id                    INTEGER PRIMARY KEY,
  recording_id          INTEGER NOT NULL REFERENCES recordings (id),
  template_id           INTEGER NOT NULL REFERENCES scorecard_templates (id),
  reference_account_id  INTEGER NOT NULL REFERENCES accounts (id),
  title                 TEXT,
  state                 TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'closed')),
  created_by_account_id INTEGER REFERENCES accounts (id),
  created_at            TEXT NOT NULL,
  closed_at             TEXT
) STRICT;

CREATE TABLE calibration_scorers (
  session_id    INTEGER NOT NULL REFERENCES calibration_sessions (id),
  account_id    INTEGER NOT NULL REFERENCES accounts (id),
  evaluation_id INTEGER REFERENCES evaluations (id),
  PRIMARY KEY (session_id, account_id)
) STRICT;

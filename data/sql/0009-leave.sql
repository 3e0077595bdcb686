-- SPDX-License-Identifier: GPL-3.0-or-later
-- Floorlead schema 9: leave (请销假). A lead files a request for an agent
-- or for themselves; it passes the approvers the center's rules name, in
-- order (fl-leave-route.c); once approved its roster days become Leave,
-- and the lead records the return (销假). Names of the shipped types are
-- English msgids, shown translated.

-- category routes and counts a type: annual goes to the head a month
-- ahead and draws on a yearly balance; personal has a monthly allowance;
-- sick needs a certificate. notice_days NULL follows Preferences
-- (leave.annual-notice-days for annual leave, leave.notice-days for the
-- rest). attachment: none, before (with the request) or after (may follow
-- the return, as a hospital certificate).
CREATE TABLE leave_types (
  id             INTEGER PRIMARY KEY,
  code           TEXT NOT NULL UNIQUE CHECK (length(code) > 0),
  name           TEXT NOT NULL CHECK (length(name) > 0),
  category       TEXT NOT NULL CHECK (category IN ('annual', 'personal', 'sick', 'other')),
  paid           INTEGER NOT NULL CHECK (paid IN (0, 1)),
  notice_days    INTEGER CHECK (notice_days >= 0),
  attachment     TEXT NOT NULL DEFAULT 'none' CHECK (attachment IN ('none', 'before', 'after')),
  counts_balance INTEGER NOT NULL DEFAULT 0 CHECK (counts_balance IN (0, 1)),
  half_days      INTEGER NOT NULL DEFAULT 1 CHECK (half_days IN (0, 1)),
  colour         TEXT NOT NULL CHECK (colour GLOB '#[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'),
  position       INTEGER NOT NULL DEFAULT 0
) STRICT;

INSERT INTO leave_types (code, name, category, paid, notice_days, attachment, counts_balance, half_days, colour, position)
VALUES
  ('annual', 'Annual leave', 'annual', 1, NULL, 'none', 1, 1, '#3584e4', 1),
  ('personal', 'Personal leave', 'personal', 0, NULL, 'none', 0, 1, '#e5a50a', 2),
  ('sick', 'Sick leave', 'sick', 1, 0, 'after', 0, 1, '#c01c28', 3),
  ('marriage', 'Marriage leave', 'other', 1, NULL, 'before', 0, 0, '#e66100', 4),
  ('bereavement', 'Bereavement leave', 'other', 1, 0, 'none', 0, 0, '#5e5c64', 5),
  ('maternity', 'Maternity leave', 'other', 1, NULL, 'before', 0, 0, '#c061cb', 6),
  ('paternity', 'Paternity leave', 'other', 1, NULL, 'none', 0, 0, '#9141ac', 7),
  ('compensatory', 'Compensatory leave', 'other', 1, NULL, 'none', 0, 1, '#2ec27e', 8);

-- A request. Its first day may start in the afternoon, its last day end
-- at noon; working_days is counted when it is filed (from the published
-- roster, else Monday to Friday less public holidays) and re-counted when
-- the person comes back early. returned_on is the first day back at work,
-- as the lead records it.
CREATE TABLE leave_requests (
  id                  INTEGER PRIMARY KEY,
  staff_id            INTEGER NOT NULL REFERENCES staff (id),
  type_id             INTEGER NOT NULL REFERENCES leave_types (id),
  first_day           TEXT NOT NULL CHECK (first_day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  first_half          TEXT NOT NULL DEFAULT 'full' CHECK (first_half IN ('full', 'afternoon')),
  last_day            TEXT NOT NULL CHECK (last_day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  last_half           TEXT NOT NULL DEFAULT 'full' CHECK (last_half IN ('full', 'morning')),
  working_days        REAL NOT NULL CHECK (working_days >= 0),
  reason              TEXT NOT NULL DEFAULT '',
  handover            TEXT NOT NULL DEFAULT '',
  urgent              INTEGER NOT NULL DEFAULT 0 CHECK (urgent IN (0, 1)),
  state               TEXT NOT NULL DEFAULT 'pending'
                      CHECK (state IN ('pending', 'approved', 'rejected', 'cancelled')),
  filed_by_account_id INTEGER NOT NULL REFERENCES accounts (id),
  filed_at            TEXT NOT NULL,
  returned_on         TEXT,
  CHECK (last_day >= first_day)
) STRICT;

CREATE INDEX leave_requests_by_staff ON leave_requests (staff_id, first_day);
CREATE INDEX leave_requests_by_state ON leave_requests (state, first_day);

-- The approvers of a request in order; the first without a decision is
-- the one it waits for.
CREATE TABLE leave_steps (
  request_id            INTEGER NOT NULL REFERENCES leave_requests (id) ON DELETE CASCADE,
  position              INTEGER NOT NULL,
  approver              TEXT NOT NULL CHECK (approver IN ('team_lead', 'department_head', 'administrator')),
  decision              TEXT CHECK (decision IN ('approved', 'rejected')),
  decided_by_account_id INTEGER REFERENCES accounts (id),
  decided_at            TEXT,
  comment               TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (request_id, position)
) STRICT;

CREATE INDEX leave_steps_waiting ON leave_steps (approver, decision);

-- Certificates and proof: images or PDF, kept in the database.
CREATE TABLE leave_attachments (
  id                  INTEGER PRIMARY KEY,
  request_id          INTEGER NOT NULL REFERENCES leave_requests (id) ON DELETE CASCADE,
  file_name           TEXT NOT NULL CHECK (length(file_name) > 0),
  content_type        TEXT NOT NULL,
  data                BLOB NOT NULL,
  added_by_account_id INTEGER REFERENCES accounts (id),
  added_at            TEXT NOT NULL
) STRICT;

CREATE INDEX leave_attachments_by_request ON leave_attachments (request_id);

-- The roster days an approval set to Leave, with the shift each held, so
-- that cancelling gives them back.
CREATE TABLE leave_cells (
  request_id    INTEGER NOT NULL REFERENCES leave_requests (id) ON DELETE CASCADE,
  roster_id     INTEGER NOT NULL REFERENCES rosters (id) ON DELETE CASCADE,
  day           TEXT NOT NULL,
  shift_type_id INTEGER REFERENCES shift_types (id),
  PRIMARY KEY (request_id, day)
) STRICT;

-- Annual leave a person is entitled to in a year, as an administrator
-- set it; without a row, the default by years of service.
CREATE TABLE leave_entitlements (
  staff_id INTEGER NOT NULL REFERENCES staff (id),
  year     INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  days     REAL NOT NULL CHECK (days >= 0),
  PRIMARY KEY (staff_id, year)
) STRICT;

-- Absence (旷工): working days of a late return, or leave never approved.
CREATE TABLE absences (
  id                     INTEGER PRIMARY KEY,
  staff_id               INTEGER NOT NULL REFERENCES staff (id),
  day                    TEXT NOT NULL,
  request_id             INTEGER REFERENCES leave_requests (id),
  recorded_by_account_id INTEGER REFERENCES accounts (id),
  recorded_at            TEXT NOT NULL,
  UNIQUE (staff_id, day)
) STRICT;

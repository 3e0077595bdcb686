-- SPDX-License-Identifier: GPL-3.0-or-later
-- Floorlead schema 6: shift rosters (排班). Shift types, each team's month
-- with its state, one cell per agent and day, rotation patterns, the
-- forecast that coverage is measured against, and swaps (换班).

-- Times are minutes after midnight; an end at or before the start is on the
-- next day. A start of 1440 (24:00) is the night of the shift's day: a
-- night shift on the 4th runs from midnight at the end of the 4th. Names
-- of the shipped types are English msgids, shown translated.
CREATE TABLE shift_types (
  id               INTEGER PRIMARY KEY,
  code             TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 1 AND 3),
  name             TEXT NOT NULL CHECK (length(name) > 0),
  colour           TEXT NOT NULL CHECK (colour GLOB '#[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'),
  kind             TEXT NOT NULL DEFAULT 'work' CHECK (kind IN ('work', 'off', 'leave')),
  start_minute     INTEGER NOT NULL DEFAULT 0 CHECK (start_minute BETWEEN 0 AND 1440),
  end_minute       INTEGER NOT NULL DEFAULT 0 CHECK (end_minute BETWEEN 0 AND 1439),
  break_start      INTEGER CHECK (break_start BETWEEN 0 AND 1439),
  break_end        INTEGER CHECK (break_end BETWEEN 0 AND 1439),
  season           TEXT NOT NULL DEFAULT 'all' CHECK (season IN ('all', 'summer', 'winter')),
  handover_minutes INTEGER NOT NULL DEFAULT 10 CHECK (handover_minutes BETWEEN 0 AND 120),
  position         INTEGER NOT NULL DEFAULT 0,
  archived         INTEGER NOT NULL DEFAULT 0,
  CHECK ((break_start IS NULL) = (break_end IS NULL)),
  CHECK (kind != 'work' OR start_minute % 1440 != end_minute)
) STRICT;

-- domain.md: the spring–summer and winter days with their lunches, the
-- heating season's three 8-hour shifts (the night one the night after its
-- day, so that early, early, late, late, night, night, off, off keeps 11
-- hours' rest), a day off, and leave.
INSERT INTO shift_types (code, name, colour, kind, start_minute, end_minute, break_start, break_end, season,
                         position) VALUES
  ('D', 'Day (spring–summer)', '#3584e4', 'work', 540, 1080, 720, 810, 'summer', 1),
  ('W', 'Day (winter)', '#1c71d8', 'work', 540, 1050, 720, 780, 'winter', 2),
  ('E', 'Early', '#2ec27e', 'work', 480, 960, NULL, NULL, 'winter', 3),
  ('L', 'Late', '#e5a50a', 'work', 960, 0, NULL, NULL, 'winter', 4),
  ('N', 'Night', '#613583', 'work', 1440, 480, NULL, NULL, 'winter', 5),
  ('O', 'Off', '#9a9996', 'off', 0, 0, NULL, NULL, 'all', 6),
  ('LV', 'Leave', '#c01c28', 'leave', 0, 0, NULL, NULL, 'all', 7);

CREATE TABLE rosters (
  id                       INTEGER PRIMARY KEY,
  team_id                  INTEGER NOT NULL REFERENCES teams (id),
  month                    TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'),
  state                    TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'submitted', 'published')),
  submitted_by_account_id  INTEGER REFERENCES accounts (id),
  submitted_at             TEXT,
  published_by_account_id  INTEGER REFERENCES accounts (id),
  published_at             TEXT,
  updated_at               TEXT NOT NULL,
  UNIQUE (team_id, month)
) STRICT;

-- One shift type per agent and day; no row: nothing set yet. A cell an
-- approved swap changed names it.
CREATE TABLE roster_cells (
  roster_id     INTEGER NOT NULL REFERENCES rosters (id) ON DELETE CASCADE,
  staff_id      INTEGER NOT NULL REFERENCES staff (id),
  day           TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  shift_type_id INTEGER NOT NULL REFERENCES shift_types (id),
  swap_id       INTEGER REFERENCES swaps (id),
  PRIMARY KEY (roster_id, staff_id, day)
) STRICT, WITHOUT ROWID;

CREATE INDEX roster_cells_by_staff ON roster_cells (staff_id, day);

-- Each agent's contracted hours a month; NULL: the center's default.
ALTER TABLE staff ADD COLUMN contract_min_hours INTEGER CHECK (contract_min_hours >= 0);
ALTER TABLE staff ADD COLUMN contract_max_hours INTEGER CHECK (contract_max_hours >= 0);

-- A repeating sequence of shift codes, as "E,E,L,L,N,N,O,O".
CREATE TABLE rotation_patterns (
  id    INTEGER PRIMARY KEY,
  name  TEXT NOT NULL UNIQUE CHECK (length(name) > 0),
  codes TEXT NOT NULL CHECK (length(codes) > 0)
) STRICT;

INSERT INTO rotation_patterns (name, codes) VALUES
  ('Heating season: two early, two late, two night, two off', 'E,E,L,L,N,N,O,O'),
  ('Office week', 'W,W,W,W,W,O,O');

-- Calls expected and their average handle time, per weekday (1 = Monday)
-- and half-hour interval (its start in minutes), for the whole center.
CREATE TABLE forecasts (
  weekday        INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
  interval_start INTEGER NOT NULL CHECK (interval_start BETWEEN 0 AND 1410 AND interval_start % 30 = 0),
  calls          REAL NOT NULL CHECK (calls >= 0),
  handle_seconds REAL NOT NULL CHECK (handle_seconds > 0),
  PRIMARY KEY (weekday, interval_start)
) STRICT;

-- A swap (换班) on a published roster, filed by a lead and decided by the
-- department head: the two agents exchange their cells on the first day
-- and on the second (one day when both are the same).
CREATE TABLE swaps (
  id                    INTEGER PRIMARY KEY,
  roster_id             INTEGER NOT NULL REFERENCES rosters (id),
  first_staff_id        INTEGER NOT NULL REFERENCES staff (id),
  first_day             TEXT NOT NULL,
  second_staff_id       INTEGER NOT NULL REFERENCES staff (id),
  second_day            TEXT NOT NULL,
  reason                TEXT NOT NULL,
  state                 TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'approved', 'rejected')),
  filed_by_account_id   INTEGER NOT NULL REFERENCES accounts (id),
  filed_at              TEXT NOT NULL,
  decided_by_account_id INTEGER REFERENCES accounts (id),
  decided_at            TEXT,
  decision_comment      TEXT
) STRICT;

CREATE INDEX swaps_by_roster ON swaps (roster_id, state);

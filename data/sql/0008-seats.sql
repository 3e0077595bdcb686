-- SPDX-License-Identifier: GPL-3.0-or-later
-- Floorlead schema 8: seats (坐席), the line an agent answers: the
-- handbook's technical service, market enquiries, call-backs and
-- supervisor seats. An agent keeps a seat at least a week (最短连续服务周期,
-- a roster rule); the roster records the seat each agent takes from a day
-- on. Names of the shipped seats are English msgids, shown translated.
CREATE TABLE seats (
  id       INTEGER PRIMARY KEY,
  code     TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 1 AND 3),
  name     TEXT NOT NULL CHECK (length(name) > 0),
  position INTEGER NOT NULL DEFAULT 0
) STRICT;

INSERT INTO seats (code, name, position) VALUES
  ('T', 'Technical service', 1),
  ('M', 'Market enquiries', 2),
  ('C', 'Call-backs', 3),
  ('S', 'Supervisor', 4);

-- The seat set on an agent's day; days between keep the seat before.
CREATE TABLE roster_seats (
  roster_id INTEGER NOT NULL REFERENCES rosters (id) ON DELETE CASCADE,
  staff_id  INTEGER NOT NULL REFERENCES staff (id),
  day       TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  seat_id   INTEGER NOT NULL REFERENCES seats (id),
  PRIMARY KEY (roster_id, staff_id, day)
) STRICT, WITHOUT ROWID;

CREATE INDEX roster_seats_by_staff ON roster_seats (staff_id, day);

-- SPDX-License-Identifier: GPL-3.0-or-later
-- Floorlead schema 12: requests for supplies and equipment (申领), pooled
-- purchasing (集中申购), loans (借用) and the recovery of what a person
-- holds when they leave (离职回收). What is issued, lent or bought moves
-- through the ledger of schema 11; these tables hold the paperwork.

-- A lead asks for a person of the team, or for the team (for_staff_id
-- NULL: the lead signs for it); each line is approved or rejected.
CREATE TABLE supply_requests (
  id                  INTEGER PRIMARY KEY,
  filed_by_account_id INTEGER NOT NULL REFERENCES accounts (id),
  for_staff_id        INTEGER REFERENCES staff (id),
  receiver_staff_id   INTEGER NOT NULL REFERENCES staff (id),
  note                TEXT NOT NULL DEFAULT '',
  filed_at            TEXT NOT NULL
) STRICT;

CREATE TABLE supply_request_lines (
  id                    INTEGER PRIMARY KEY,
  request_id            INTEGER NOT NULL REFERENCES supply_requests (id),
  item_id               INTEGER NOT NULL REFERENCES items (id),
  quantity              INTEGER NOT NULL CHECK (quantity > 0),
  reason                TEXT NOT NULL DEFAULT '',
  decision              TEXT CHECK (decision IN ('approved', 'rejected')),
  decided_by_account_id INTEGER REFERENCES accounts (id),
  decided_at            TEXT,
  comment               TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX supply_request_lines_by_request ON supply_request_lines (request_id);
CREATE INDEX supply_request_lines_waiting ON supply_request_lines (decision);
CREATE INDEX ledger_by_request_line ON ledger_entries (request_line_id);

-- What the store could not cover, bought together: requested, ordered,
-- received (receiving adds stock through the ledger).
CREATE TABLE purchases (
  id                INTEGER PRIMARY KEY,
  item_id           INTEGER NOT NULL REFERENCES items (id),
  quantity          INTEGER NOT NULL CHECK (quantity > 0),
  request_line_id   INTEGER REFERENCES supply_request_lines (id),
  state             TEXT NOT NULL DEFAULT 'requested' CHECK (state IN ('requested', 'ordered', 'received')),
  created_at        TEXT NOT NULL,
  ordered_at        TEXT,
  received_at       TEXT,
  received_entry_id INTEGER REFERENCES ledger_entries (id)
) STRICT;

CREATE INDEX purchases_by_state ON purchases (state);

-- An asset lent to a named person until a day; given back with its
-- condition.
CREATE TABLE loans (
  id               INTEGER PRIMARY KEY,
  asset_id         INTEGER NOT NULL REFERENCES assets (id),
  staff_id         INTEGER NOT NULL REFERENCES staff (id),
  purpose          TEXT NOT NULL DEFAULT '',
  out_entry_id     INTEGER NOT NULL REFERENCES ledger_entries (id),
  out_on           TEXT NOT NULL,
  due_on           TEXT NOT NULL CHECK (due_on >= out_on),
  back_entry_id    INTEGER REFERENCES ledger_entries (id),
  returned_on      TEXT,
  return_condition TEXT CHECK (return_condition IN ('new', 'good', 'fair', 'poor', 'broken')),
  return_note      TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX loans_open ON loans (returned_on, due_on);
CREATE INDEX loans_by_staff ON loans (staff_id);

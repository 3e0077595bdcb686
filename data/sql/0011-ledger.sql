-- SPDX-License-Identifier: GPL-3.0-or-later
-- Floorlead schema 11: equipment and supplies (物品领用, 台账). The catalog
-- holds assets tracked one by one (a headset, a PC, a projector: each with
-- its tag) and consumables counted by quantity (paper, pens, batteries).
-- Every movement is an entry of the append-only ledger; stock on hand,
-- who holds what and each asset's state are kept from it in the same
-- transaction, and a mistake is undone by a reversing entry.

CREATE TABLE item_categories (
  id   INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE CHECK (length(name) > 0)
) STRICT;

CREATE TABLE item_locations (
  id   INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE CHECK (length(name) > 0)
) STRICT;

-- An asset model or a consumable. unit and reorder_level are a
-- consumable's; loanable assets are lent (借用) rather than issued.
CREATE TABLE items (
  id            INTEGER PRIMARY KEY,
  kind          TEXT NOT NULL CHECK (kind IN ('asset', 'consumable')),
  name          TEXT NOT NULL CHECK (length(name) > 0),
  category_id   INTEGER REFERENCES item_categories (id),
  unit          TEXT NOT NULL DEFAULT '',
  reorder_level INTEGER NOT NULL DEFAULT 0 CHECK (reorder_level >= 0),
  loanable      INTEGER NOT NULL DEFAULT 0 CHECK (loanable IN (0, 1)),
  active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at    TEXT NOT NULL
) STRICT;

CREATE INDEX items_by_name ON items (name);

CREATE TABLE assets (
  id            INTEGER PRIMARY KEY,
  item_id       INTEGER NOT NULL REFERENCES items (id),
  tag           TEXT NOT NULL UNIQUE CHECK (length(tag) > 0),
  serial_number TEXT NOT NULL DEFAULT '',
  model         TEXT NOT NULL DEFAULT '',
  location_id   INTEGER REFERENCES item_locations (id),
  condition     TEXT NOT NULL DEFAULT 'good'
                CHECK (condition IN ('new', 'good', 'fair', 'poor', 'broken')),
  added_at      TEXT NOT NULL
) STRICT;

CREATE INDEX assets_by_item ON assets (item_id);

-- The ledger. stock_change is what the store gains (receive, return) or
-- gives (issue, loan, write-off); held_change what staff_id gains or gives
-- back. A reversal negates the entry it names.
CREATE TABLE ledger_entries (
  id              INTEGER PRIMARY KEY,
  at              TEXT NOT NULL,
  movement        TEXT NOT NULL CHECK (movement IN ('receive', 'issue', 'return', 'loan_out', 'loan_back',
                                                    'adjust', 'write_off', 'transfer', 'repair_out',
                                                    'repair_back', 'reversal')),
  item_id         INTEGER NOT NULL REFERENCES items (id),
  asset_id        INTEGER REFERENCES assets (id),
  stock_change    INTEGER NOT NULL,
  held_change     INTEGER NOT NULL,
  staff_id        INTEGER REFERENCES staff (id),
  reverses_id     INTEGER UNIQUE REFERENCES ledger_entries (id),
  request_line_id INTEGER,
  reason          TEXT NOT NULL DEFAULT '',
  account_id      INTEGER REFERENCES accounts (id),
  CHECK (held_change = 0 OR staff_id IS NOT NULL)
) STRICT;

CREATE INDEX ledger_by_item ON ledger_entries (item_id, id);
CREATE INDEX ledger_by_staff ON ledger_entries (staff_id, id);
CREATE INDEX ledger_by_asset ON ledger_entries (asset_id, id);
CREATE INDEX ledger_by_time ON ledger_entries (at);

CREATE TRIGGER ledger_entries_append_only_update BEFORE UPDATE ON ledger_entries
BEGIN
  SELECT RAISE (ABORT, 'the ledger is append-only: correct it with a reversing entry');
END;

CREATE TRIGGER ledger_entries_append_only_delete BEFORE DELETE ON ledger_entries
BEGIN
  SELECT RAISE (ABORT, 'the ledger is append-only: correct it with a reversing entry');
END;

-- Kept from the ledger with each entry: the store's stock of an item,
-- what each person holds (an asset by itself, a consumable by quantity),
-- and where each asset is.
CREATE TABLE stock (
  item_id  INTEGER PRIMARY KEY REFERENCES items (id),
  on_hand  INTEGER NOT NULL CHECK (on_hand >= 0)
) STRICT;

CREATE TABLE holdings (
  staff_id INTEGER NOT NULL REFERENCES staff (id),
  item_id  INTEGER NOT NULL REFERENCES items (id),
  asset_id INTEGER NOT NULL DEFAULT 0,
  quantity INTEGER NOT NULL CHECK (quantity > 0),
  since    TEXT NOT NULL,
  PRIMARY KEY (staff_id, item_id, asset_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE asset_states (
  asset_id        INTEGER PRIMARY KEY REFERENCES assets (id),
  status          TEXT NOT NULL CHECK (status IN ('available', 'issued', 'on_loan', 'in_repair', 'retired')),
  holder_staff_id INTEGER REFERENCES staff (id)
) STRICT;

CREATE INDEX asset_states_by_holder ON asset_states (holder_staff_id);

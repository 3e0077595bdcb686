-- SPDX-License-Identifier: GPL-3.0-or-later
-- Floorlead schema 13: recording servers over HTTP(S), besides imported
-- folders. A source's password or token is in the desktop keyring, never
-- here: only whether it has one, and Basic's user name.

CREATE TABLE recording_sources (
  id             INTEGER PRIMARY KEY,
  name           TEXT NOT NULL UNIQUE CHECK (length(name) > 0),
  kind           TEXT NOT NULL CHECK (kind IN ('autoindex', 'webdav', 'json')),
  base_url       TEXT NOT NULL CHECK (base_url LIKE 'http://%' OR base_url LIKE 'https://%'),
  auth           TEXT NOT NULL DEFAULT 'none' CHECK (auth IN ('none', 'basic', 'bearer')),
  user_name      TEXT NOT NULL DEFAULT '',
  ca_file        TEXT NOT NULL DEFAULT '',      -- a PEM file for a server with its own CA
  sync_minutes   INTEGER NOT NULL DEFAULT 60 CHECK (sync_minutes BETWEEN 0 AND 10080),   -- 0: on demand
  active         INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  last_sync_at   TEXT,                          -- UTC ISO-8601 of the last sync that ended
  last_error     TEXT,                          -- what went wrong then, in words, or NULL
  n_added        INTEGER NOT NULL DEFAULT 0,    -- the last sync's counts
  n_changed      INTEGER NOT NULL DEFAULT 0,
  n_removed      INTEGER NOT NULL DEFAULT 0,
  created_at     TEXT NOT NULL
) STRICT;

-- A recording from a server: where it is there and what identified its
-- version (ETag, else size and time), for incremental syncs. Gone from the
-- server, it is marked missing, never deleted with its evaluations.
ALTER TABLE recordings ADD COLUMN source_id INTEGER REFERENCES recording_sources (id);
ALTER TABLE recordings ADD COLUMN remote_url TEXT;
ALTER TABLE recordings ADD COLUMN remote_etag TEXT;
CREATE INDEX recordings_by_source ON recordings (source_id, remote_url) WHERE source_id IS NOT NULL;

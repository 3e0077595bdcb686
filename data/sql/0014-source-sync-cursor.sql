-- SPDX-License-Identifier: GPL-3.0-or-later
-- Floorlead schema 14: where the next sync of a JSON index starts. A sync
-- that read the whole index keeps the time it began; the next one asks
-- the server only for what changed since (?since=), and reads the index's
-- "removed" list for what was deleted.
ALTER TABLE recording_sources ADD COLUMN since_cursor TEXT;   -- UTC ISO-8601, or NULL: read everything

-- SPDX-License-Identifier: GPL-3.0-or-later
-- The first statement succeeds and must be rolled back with the failing second one.
CREATE TABLE shifts (id INTEGER PRIMARY KEY) STRICT;
INSERT INTO no_such_table VALUES (1);

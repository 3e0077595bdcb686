-- SPDX-License-Identifier: GPL-3.0-or-later
CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL) STRICT;
INSERT INTO people (name) VALUES ('王芳');

-- SPDX-License-Identifier: GPL-3.0-or-later
-- Floorlead schema 7: the public-holiday calendar (法定节假日). Each row is
-- a day off for everyone (a holiday) or a weekend day worked in place of
-- one (调休上班). The calendar marks roster grids and counts working days
-- where no roster is published. Dates are set by the State Council each
-- year, so none are shipped: an administrator or the department head
-- enters them in Preferences.
CREATE TABLE public_holidays (
  id   INTEGER PRIMARY KEY,
  day  TEXT NOT NULL UNIQUE CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  name TEXT NOT NULL CHECK (length(name) > 0),
  kind TEXT NOT NULL DEFAULT 'holiday' CHECK (kind IN ('holiday', 'workday'))
) STRICT;

-- SPDX-License-Identifier: GPL-3.0-or-later
ALTER TABLE people ADD COLUMN phone TEXT;

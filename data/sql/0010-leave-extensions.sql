-- SPDX-License-Identifier: GPL-3.0-or-later
-- Floorlead schema 10: an extension of leave (续假) is a request of its own
-- that starts the day after the leave it extends; it is asked for a day
-- before that leave ends and routed by the days of both together.
ALTER TABLE leave_requests ADD COLUMN extends_request_id INTEGER REFERENCES leave_requests (id);

CREATE INDEX leave_requests_by_extended ON leave_requests (extends_request_id);

-- SPDX-License-Identifier: GPL-3.0-or-later
-- Floorlead schema 5: the dashboard's score trend by week reads the call's
-- day of every QA evaluation in six months; this index holds all it reads.
CREATE INDEX evaluations_by_purpose_month
  ON evaluations (purpose, state, call_month, call_date, agent_staff_id, score, passed);

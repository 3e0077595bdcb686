-- SPDX-License-Identifier: GPL-3.0-or-later
-- Floorlead schema 1: people, teams, departments, accounts, policies and the audit log.

CREATE TABLE departments (
  id            INTEGER PRIMARY KEY,
  name          TEXT NOT NULL UNIQUE CHECK (length(name) > 0),
  head_staff_id INTEGER REFERENCES staff (id)
) STRICT;

CREATE TABLE teams (
  id            INTEGER PRIMARY KEY,
  name          TEXT NOT NULL UNIQUE CHECK (length(name) > 0),
  department_id INTEGER REFERENCES departments (id),
  lead_staff_id INTEGER REFERENCES staff (id)
) STRICT;

CREATE TABLE staff (
  id           INTEGER PRIMARY KEY,
  job_number   TEXT NOT NULL UNIQUE CHECK (length(job_number) > 0),
  name         TEXT NOT NULL CHECK (length(name) > 0),
  english_name TEXT,
  team_id      INTEGER REFERENCES teams (id),
  position     TEXT NOT NULL DEFAULT 'agent'
               CHECK (position IN ('agent', 'team_lead', 'qa_auditor', 'department_head', 'administrator')),
  extension    TEXT,
  hire_date    TEXT,
  status       TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'departed')),
  departed_on  TEXT
) STRICT;

CREATE INDEX staff_by_team ON staff (team_id);
CREATE INDEX staff_by_name ON staff (name);

CREATE TABLE accounts (
  id              INTEGER PRIMARY KEY,
  login           TEXT NOT NULL UNIQUE CHECK (length(login) > 0),
  staff_id        INTEGER REFERENCES staff (id),
  roles           INTEGER NOT NULL DEFAULT 0,
  password_hash   TEXT NOT NULL,
  failed_attempts INTEGER NOT NULL DEFAULT 0,
  locked_until    TEXT,
  active          INTEGER NOT NULL DEFAULT 1,
  created_at      TEXT NOT NULL
) STRICT;

-- Only the policies an admin changed are stored; the defaults live in fl-policy.c.
CREATE TABLE policies (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE audit_log (
  id               INTEGER PRIMARY KEY,
  at               TEXT NOT NULL,
  actor_account_id INTEGER,
  actor            TEXT NOT NULL,
  entity           TEXT NOT NULL,
  entity_id        INTEGER,
  action           TEXT NOT NULL,
  before_json      TEXT,
  after_json       TEXT
) STRICT;

CREATE INDEX audit_by_entity ON audit_log (entity, entity_id);

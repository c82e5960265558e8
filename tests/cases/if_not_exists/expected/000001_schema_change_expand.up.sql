-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - create schema reporting
--   - create table reporting.daily_signups
--   - add column public.users.last_seen_at
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.users, brief: no rewrite (PostgreSQL 11+)

SET LOCAL lock_timeout = '5s';

CREATE SCHEMA reporting;

CREATE TABLE reporting.daily_signups (
    day date NOT NULL,
    signups integer DEFAULT 0 NOT NULL,
    CONSTRAINT daily_signups_pkey PRIMARY KEY (day)
);

ALTER TABLE public.users ADD COLUMN last_seen_at timestamp with time zone;

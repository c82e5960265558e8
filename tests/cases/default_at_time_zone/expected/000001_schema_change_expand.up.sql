-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - create table public.audit_archive
--   - add column public.audit.created_at
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.audit, brief: no rewrite (PostgreSQL 11+)

SET LOCAL lock_timeout = '5s';

CREATE TABLE public.audit_archive (
    id integer NOT NULL,
    archived_at timestamp without time zone DEFAULT (now() AT TIME ZONE 'utc'),
    CONSTRAINT audit_archive_pkey PRIMARY KEY (id)
);

ALTER TABLE public.audit ADD COLUMN created_at timestamp without time zone DEFAULT (now() AT TIME ZONE 'utc') NOT NULL;

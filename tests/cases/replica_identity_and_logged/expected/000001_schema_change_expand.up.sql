-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - create table public.tokens
--   - make public.cache unlogged
--   - set the replica identity of public.events
--   - make public.scratch logged
--   - set the replica identity of public.tokens
--   - add constraint tokens_value_check on public.tokens (NOT VALID)
--
-- Hazards (locks, rewrites, scans):
--   - [table-rewrite] rewrites public.cache (and writes it to the WAL when it becomes logged) under ACCESS EXCLUSIVE: reads and writes wait
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.events, brief
--   - [table-rewrite] rewrites public.scratch (and writes it to the WAL when it becomes logged) under ACCESS EXCLUSIVE: reads and writes wait
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.tokens, brief
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.tokens, brief: NOT VALID skips the scan

SET LOCAL lock_timeout = '5s';

CREATE TABLE public.tokens (
    id integer NOT NULL,
    value text,
    CONSTRAINT tokens_pkey PRIMARY KEY (id)
);

ALTER TABLE public.cache SET UNLOGGED;

ALTER TABLE public.events REPLICA IDENTITY USING INDEX events_kind_at;

ALTER TABLE public.scratch SET LOGGED;

ALTER TABLE public.tokens REPLICA IDENTITY NOTHING;

ALTER TABLE public.tokens ADD CONSTRAINT tokens_value_check CHECK (value <> '') NOT VALID;

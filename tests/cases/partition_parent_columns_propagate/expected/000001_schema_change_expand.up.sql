-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - alter column public.tickets.priority
--   - add column public.tickets.source
--   - alter column public.tickets.title
--   - alter column public.tickets_2025.priority
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.tickets, brief
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.tickets, brief: no rewrite (PostgreSQL 11+)
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.tickets, brief: the type change needs no rewrite
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.tickets_2025, brief
--
-- Before the next phase:
--   Deploy the application version that no longer reads or writes what the contract phase removes or tightens, then run the contract files.

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.tickets ALTER COLUMN priority SET DEFAULT 1;

ALTER TABLE public.tickets ADD COLUMN source text DEFAULT 'web' NOT NULL;

ALTER TABLE public.tickets ALTER COLUMN title TYPE character varying(80);

ALTER TABLE public.tickets_2025 ALTER COLUMN priority DROP DEFAULT;

ALTER TABLE public.tickets_2025 ALTER COLUMN priority SET DEFAULT 3;

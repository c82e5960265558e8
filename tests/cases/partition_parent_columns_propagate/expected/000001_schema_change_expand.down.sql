-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - alter column public.tickets.priority
--   - add column public.tickets.source
--   - alter column public.tickets.title
--   - alter column public.tickets_2025.priority

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.tickets_2025 ALTER COLUMN priority DROP DEFAULT;

ALTER TABLE public.tickets_2025 ALTER COLUMN priority SET DEFAULT 1;

ALTER TABLE public.tickets ALTER COLUMN title TYPE character varying(50);

ALTER TABLE public.tickets DROP COLUMN source;

ALTER TABLE public.tickets ALTER COLUMN priority DROP DEFAULT;

ALTER TABLE public.tickets_2025 ALTER COLUMN priority SET DEFAULT 3;

-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - add column public.events.id
--
-- Hazards (locks, rewrites, scans):
--   - [table-rewrite] ACCESS EXCLUSIVE lock on public.events while the table is rewritten to fill the column

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.events ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY (START WITH 1000);

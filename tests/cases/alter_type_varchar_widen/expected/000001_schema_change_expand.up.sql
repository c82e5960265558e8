-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - alter column public.products.name
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.products, brief: the type change needs no rewrite

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.products ALTER COLUMN name TYPE character varying(200);

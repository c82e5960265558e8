-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - add column public.tags.codes
--   - add column public.tags.color
--   - add column public.tags.short
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.tags, brief: no rewrite (PostgreSQL 11+)

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.tags ADD COLUMN codes bpchar[];

ALTER TABLE public.tags ADD COLUMN color bpchar DEFAULT '#cccccc'::bpchar;

ALTER TABLE public.tags ADD COLUMN short character(3);

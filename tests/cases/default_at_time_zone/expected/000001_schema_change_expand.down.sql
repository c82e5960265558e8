-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - create table public.audit_archive
--   - add column public.audit.created_at

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.audit DROP COLUMN created_at;

DROP TABLE public.audit_archive;

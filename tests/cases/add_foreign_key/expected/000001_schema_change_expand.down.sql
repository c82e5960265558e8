-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - add constraint projects_owner_id_fkey on public.projects (NOT VALID)

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.projects DROP CONSTRAINT projects_owner_id_fkey;

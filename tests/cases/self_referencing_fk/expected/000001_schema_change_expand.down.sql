-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - add column public.employees.manager_id
--   - add constraint employees_manager_id_fkey on public.employees (NOT VALID)

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.employees DROP CONSTRAINT employees_manager_id_fkey;

ALTER TABLE public.employees DROP COLUMN manager_id;

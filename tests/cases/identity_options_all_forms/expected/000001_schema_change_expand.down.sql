-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - add column public.items.code
--   - alter column public.items.id

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.items ALTER COLUMN id SET GENERATED ALWAYS;

ALTER TABLE public.items ALTER COLUMN id SET INCREMENT BY 4 SET MINVALUE 2 SET MAXVALUE 999 SET START WITH 3 SET CACHE 5 SET NO CYCLE;

ALTER TABLE public.items DROP COLUMN code;

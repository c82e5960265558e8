-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - alter column public.order_items.order_id

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.order_items ALTER COLUMN order_id TYPE integer USING order_id::integer;

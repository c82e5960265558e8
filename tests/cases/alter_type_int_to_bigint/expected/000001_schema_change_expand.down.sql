-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - add gen_new_order_id beside order_id on public.order_items, kept in sync by trigger gen_sync_order_items

SET LOCAL lock_timeout = '5s';

DROP TRIGGER IF EXISTS gen_sync_order_items ON public.order_items;

DROP FUNCTION IF EXISTS public.gen_sync_order_items();

ALTER TABLE public.order_items DROP COLUMN IF EXISTS gen_new_order_id;

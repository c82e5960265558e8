-- 000004_schema_change_backfill_3.up.sql
-- Phase backfill: data moves; the schema already accepts both the old and the new shape.
--
-- Changes:
--   - validate that gen_new_order_id has no NULLs
--
-- Hazards (locks, rewrites, scans):
--   - [validates-scan] scans public.order_items under SHARE UPDATE EXCLUSIVE: reads and writes continue

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.order_items VALIDATE CONSTRAINT order_items_gen_new_order_id_not_null;

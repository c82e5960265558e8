-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - add gen_new_order_id beside order_id on public.order_items, kept in sync by trigger gen_sync_order_items
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.order_items, brief: nullable columns without default need no rewrite (the trigger's SHARE ROW EXCLUSIVE lock is brief too); until the swap, every write to public.order_items also converts order_id
--
-- Before the next phase:
--   Deploy application code that writes the new columns before running the backfill.

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.order_items ADD COLUMN gen_new_order_id bigint;

CREATE FUNCTION public.gen_sync_order_items() RETURNS trigger LANGUAGE plpgsql AS $gen$
BEGIN
  NEW.gen_new_order_id := (NEW.order_id)::bigint;
  RETURN NEW;
END
$gen$;

CREATE TRIGGER gen_sync_order_items BEFORE INSERT OR UPDATE ON public.order_items FOR EACH ROW EXECUTE FUNCTION public.gen_sync_order_items();

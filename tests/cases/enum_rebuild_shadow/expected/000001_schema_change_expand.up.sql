-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - create type public.order_state__gen_new with the new labels of public.order_state, for the shadow columns
--   - add gen_new_state, gen_new_history beside state, history on public.orders, kept in sync by trigger gen_sync_orders
--
-- Hazards (locks, rewrites, scans):
--   - [breaks-old-app] labels of public.order_state are removed: from this phase on, writes of a removed label to a column being converted fail, and rows holding one make the copy fail
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.orders, brief: nullable columns without default need no rewrite (the trigger's SHARE ROW EXCLUSIVE lock is brief too); until the swap, every write to public.orders also converts state, history
--
-- Before the next phase:
--   Deploy application code that writes the new columns before running the backfill.

SET LOCAL lock_timeout = '5s';

CREATE TYPE public.order_state__gen_new AS ENUM ('new', 'shipped', 'paid');

ALTER TABLE public.orders ADD COLUMN gen_new_state public.order_state__gen_new;

ALTER TABLE public.orders ADD COLUMN gen_new_history public.order_state__gen_new[];

CREATE FUNCTION public.gen_sync_orders() RETURNS trigger LANGUAGE plpgsql AS $gen$
BEGIN
  NEW.gen_new_state := (NEW.state)::text::public.order_state__gen_new;
  NEW.gen_new_history := (NEW.history)::text::public.order_state__gen_new[];
  RETURN NEW;
END
$gen$;

CREATE TRIGGER gen_sync_orders BEFORE INSERT OR UPDATE ON public.orders FOR EACH ROW EXECUTE FUNCTION public.gen_sync_orders();

-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - create type public.order_state__gen_new with the new labels of public.order_state, for the shadow columns
--   - add gen_new_state, gen_new_history beside state, history on public.orders, kept in sync by trigger gen_sync_orders

SET LOCAL lock_timeout = '5s';

DROP TRIGGER IF EXISTS gen_sync_orders ON public.orders;

DROP FUNCTION IF EXISTS public.gen_sync_orders();

ALTER TABLE public.orders DROP COLUMN IF EXISTS gen_new_state;

ALTER TABLE public.orders DROP COLUMN IF EXISTS gen_new_history;

DROP TYPE IF EXISTS public.order_state__gen_new;

-- 000009_schema_change_contract.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - swap gen_new_state, gen_new_history in for state, history on public.orders
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.orders, brief: the prepared columns, indexes and validated NOT NULL checks are swapped in, CHECKs and foreign keys re-added NOT VALID
--   - [lossy-down] the down converts state, history back in place: it rewrites public.orders under ACCESS EXCLUSIVE

SET LOCAL lock_timeout = '5s';

DROP TRIGGER gen_sync_orders ON public.orders;

DROP FUNCTION public.gen_sync_orders();

ALTER TABLE public.orders DROP COLUMN state;

ALTER TABLE public.orders RENAME COLUMN gen_new_state TO state;

ALTER TABLE public.orders ALTER COLUMN state SET DEFAULT 'new'::public.order_state__gen_new;

ALTER TABLE public.orders ALTER COLUMN state SET NOT NULL;

ALTER TABLE public.orders DROP CONSTRAINT orders_gen_new_state_not_null;

ALTER TABLE public.orders DROP COLUMN history;

ALTER TABLE public.orders RENAME COLUMN gen_new_history TO history;

ALTER INDEX public.orders_open_idx_ccnew RENAME TO orders_open_idx;

ALTER INDEX public.orders_state_idx_ccnew RENAME TO orders_state_idx;

-- 000009_schema_change_contract.down.sql
-- Reverts 000009_schema_change_contract.up.sql.
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Undoes:
--   - swap gen_new_state, gen_new_history in for state, history on public.orders

SET LOCAL lock_timeout = '5s';

DROP INDEX IF EXISTS public.orders_open_idx;

ALTER TABLE public.orders ALTER COLUMN state DROP DEFAULT;

ALTER TABLE public.orders ALTER COLUMN state TYPE public.order_state USING state::text::public.order_state;

ALTER TABLE public.orders ALTER COLUMN state SET DEFAULT 'new'::order_state;

ALTER TABLE public.orders ALTER COLUMN history TYPE public.order_state[] USING history::text::public.order_state[];

CREATE INDEX orders_open_idx ON public.orders USING btree (id) WHERE state <> 'shipped';

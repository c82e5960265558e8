-- 000010_schema_change_contract_2.down.sql
-- Reverts 000010_schema_change_contract_2.up.sql.
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Undoes:
--   - swap in the new type public.order_state (created as public.order_state__gen_new)

SET LOCAL lock_timeout = '5s';

ALTER TYPE public.order_state RENAME TO order_state__gen_new;

CREATE TYPE public.order_state AS ENUM ('new', 'paid', 'shipped', 'lost');

ALTER TABLE public.audit ALTER COLUMN state TYPE public.order_state USING state::text::public.order_state;

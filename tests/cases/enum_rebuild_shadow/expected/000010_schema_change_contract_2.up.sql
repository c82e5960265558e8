-- 000010_schema_change_contract_2.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - swap in the new type public.order_state (created as public.order_state__gen_new)
--
-- Hazards (locks, rewrites, scans):
--   - [table-rewrite] rebuilds type public.order_state: rewrites the small tables with a column of that type

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.audit ALTER COLUMN state TYPE public.order_state__gen_new USING state::text::public.order_state__gen_new;

DROP TYPE public.order_state;

ALTER TYPE public.order_state__gen_new RENAME TO order_state;

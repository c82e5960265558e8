-- 000004_schema_change_contract.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - validate constraint orders_user_id_fkey on public.orders
--
-- Hazards (locks, rewrites, scans):
--   - scans public.orders under SHARE UPDATE EXCLUSIVE: reads and writes continue

ALTER TABLE public.orders VALIDATE CONSTRAINT orders_user_id_fkey;

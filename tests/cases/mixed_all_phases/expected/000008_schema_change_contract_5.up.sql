-- 000008_schema_change_contract_5.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - drop column public.orders.legacy_ref
--
-- Hazards (locks, rewrites, scans):
--   - ACCESS EXCLUSIVE lock on public.orders, brief; deletes the column's values

ALTER TABLE public.orders DROP COLUMN legacy_ref;

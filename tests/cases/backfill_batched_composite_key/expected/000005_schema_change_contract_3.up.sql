-- 000005_schema_change_contract_3.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - set public.line_items.total_cents NOT NULL
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.line_items, brief: the validated CHECK spares the scan (PostgreSQL 12+)

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.line_items ALTER COLUMN total_cents SET NOT NULL;

ALTER TABLE public.line_items DROP CONSTRAINT line_items_total_cents_not_null;

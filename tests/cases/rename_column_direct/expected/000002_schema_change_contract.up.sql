-- 000002_schema_change_contract.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - drop constraint customers_mail_check on public.customers
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.customers, brief

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.customers DROP CONSTRAINT customers_mail_check;

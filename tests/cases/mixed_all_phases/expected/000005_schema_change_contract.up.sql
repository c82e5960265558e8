-- 000005_schema_change_contract.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - check public.users.email_domain IS NOT NULL (NOT VALID)
--   - drop column public.orders.legacy_ref
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.users, brief: NOT VALID skips the scan
--   - [deletes-data] ACCESS EXCLUSIVE lock on public.orders, brief; deletes the column's values

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.users ADD CONSTRAINT users_email_domain_not_null CHECK (email_domain IS NOT NULL) NOT VALID;

ALTER TABLE public.orders DROP COLUMN legacy_ref;

-- 000004_schema_change_contract_2.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - validate constraint members_tenant_id_account_id_fkey on public.members
--
-- Hazards (locks, rewrites, scans):
--   - [validates-scan] scans public.members under SHARE UPDATE EXCLUSIVE: reads and writes continue

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.members VALIDATE CONSTRAINT members_tenant_id_account_id_fkey;

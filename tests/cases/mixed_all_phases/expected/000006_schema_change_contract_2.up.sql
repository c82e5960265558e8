-- 000006_schema_change_contract_2.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - validate constraint orders_user_id_fkey on public.orders
--   - validate that public.users.email_domain has no NULLs
--
-- Hazards (locks, rewrites, scans):
--   - [validates-scan] scans public.orders under SHARE UPDATE EXCLUSIVE: reads and writes continue
--   - [validates-scan] scans public.users under SHARE UPDATE EXCLUSIVE: reads and writes continue

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.orders VALIDATE CONSTRAINT orders_user_id_fkey;

ALTER TABLE public.users VALIDATE CONSTRAINT users_email_domain_not_null;

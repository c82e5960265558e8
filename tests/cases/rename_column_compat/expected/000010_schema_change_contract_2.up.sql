-- 000010_schema_change_contract_2.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - validate constraint customers_email_check on public.customers
--   - validate constraint orders_customer_mail_fkey on public.orders
--
-- Hazards (locks, rewrites, scans):
--   - [validates-scan] scans public.customers under SHARE UPDATE EXCLUSIVE: reads and writes continue
--   - [validates-scan] scans public.orders under SHARE UPDATE EXCLUSIVE: reads and writes continue

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.customers VALIDATE CONSTRAINT customers_email_check;

ALTER TABLE public.orders VALIDATE CONSTRAINT orders_customer_mail_fkey;

-- 000009_schema_change_contract.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - swap email, points in for mail, score on public.customers
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.customers and on the tables whose foreign keys reference it, brief: the prepared columns, indexes and validated NOT NULL checks are swapped in, CHECKs and foreign keys re-added NOT VALID
--   - [lossy-down] the down converts email, points back in place: it rewrites public.customers under ACCESS EXCLUSIVE

SET LOCAL lock_timeout = '5s';

DROP TRIGGER gen_sync_customers ON public.customers;

DROP FUNCTION public.gen_sync_customers();

ALTER TABLE IF EXISTS public.orders DROP CONSTRAINT IF EXISTS orders_customer_mail_fkey;

ALTER TABLE public.customers DROP COLUMN mail;

ALTER TABLE public.customers ALTER COLUMN email SET NOT NULL;

ALTER TABLE public.customers DROP CONSTRAINT customers_email_not_null;

ALTER TABLE public.customers DROP COLUMN score;

ALTER TABLE public.customers ALTER COLUMN points SET DEFAULT 0;

ALTER INDEX public.customers_lower_mail_ccnew RENAME TO customers_lower_mail;

ALTER TABLE public.customers ADD CONSTRAINT customers_mail_key UNIQUE USING INDEX customers_mail_key_ccnew;

ALTER TABLE public.customers ADD CONSTRAINT customers_email_check CHECK (email <> '') NOT VALID;

ALTER TABLE public.orders ADD CONSTRAINT orders_customer_mail_fkey FOREIGN KEY (customer_mail) REFERENCES public.customers (email) NOT VALID;

-- 000009_schema_change_contract.down.sql
-- Reverts 000009_schema_change_contract.up.sql.
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Undoes:
--   - swap email, points in for mail, score on public.customers

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.customers DROP CONSTRAINT IF EXISTS customers_email_check;

DROP INDEX IF EXISTS public.customers_lower_mail;

ALTER TABLE public.customers RENAME COLUMN email TO mail;

ALTER TABLE public.customers RENAME COLUMN points TO score;

CREATE INDEX customers_lower_mail ON public.customers USING btree ((lower(mail)));

ALTER TABLE public.customers ADD CONSTRAINT customers_mail_check CHECK (mail <> '');

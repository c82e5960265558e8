-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - rename column public.customers.mail to email
--   - rename column public.customers.score to points
--   - add constraint customers_email_check on public.customers (NOT VALID)

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.customers DROP CONSTRAINT customers_email_check;

ALTER TABLE public.customers RENAME COLUMN points TO score;

ALTER TABLE public.customers RENAME COLUMN email TO mail;

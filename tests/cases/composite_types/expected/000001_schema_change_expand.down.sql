-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - create type public.money_amount
--   - add column public.customers.balance
--   - set comments

SET LOCAL lock_timeout = '5s';

COMMENT ON TYPE public.address IS 'postal address';

ALTER TABLE public.customers DROP COLUMN balance;

DROP TYPE public.money_amount;

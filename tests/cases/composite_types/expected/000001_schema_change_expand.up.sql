-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - create type public.money_amount
--   - add column public.customers.balance
--   - set comments
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.customers, brief: no rewrite (PostgreSQL 11+)
--
-- Before the next phase:
--   Deploy the application version that no longer reads or writes what the contract phase removes or tightens, then run the contract files.

SET LOCAL lock_timeout = '5s';

CREATE TYPE public.money_amount AS (currency character(3), cents bigint);

ALTER TABLE public.customers ADD COLUMN balance public.money_amount;

COMMENT ON TYPE public.address IS 'postal address, with country';

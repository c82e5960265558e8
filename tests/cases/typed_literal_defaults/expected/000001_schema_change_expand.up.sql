-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - add column public.prices.amount
--   - add column public.prices.host
--   - add column public.prices.note
--   - add column public.prices.rounded
--   - add constraint prices_host_check on public.prices (NOT VALID)
--   - set comments
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.prices, brief: no rewrite (PostgreSQL 11+)
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.prices, brief: NOT VALID skips the scan
--
-- Before the next phase:
--   Deploy the application version that no longer reads or writes what the contract phase removes or tightens, then run the contract files.

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.prices ADD COLUMN amount money DEFAULT '1.50'::money NOT NULL;

ALTER TABLE public.prices ADD COLUMN host inet DEFAULT '127.0.0.1'::inet;

ALTER TABLE public.prices ADD COLUMN note text DEFAULT 'plain string';

ALTER TABLE public.prices ADD COLUMN rounded money DEFAULT '1.999'::money;

ALTER TABLE public.prices ADD CONSTRAINT prices_host_check CHECK (host <> '0.0.0.0'::inet) NOT VALID;

COMMENT ON COLUMN public.prices.note IS 'a comment string stays a string';

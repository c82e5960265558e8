-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - create domain public.country
--   - alter domain public.quantity
--   - add column public.orders.ship_to
--   - set comments
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.orders, brief: no rewrite (PostgreSQL 11+)
--
-- Before the next phase:
--   Deploy the application version that no longer reads or writes what the contract phase removes or tightens, then run the contract files.

SET LOCAL lock_timeout = '5s';

CREATE DOMAIN public.country AS character(2) CONSTRAINT country_check CHECK (VALUE ~ '^[A-Z]{2}$');

ALTER DOMAIN public.quantity SET DEFAULT 10;

ALTER TABLE public.orders ADD COLUMN ship_to public.country;

COMMENT ON TYPE public.country IS 'ISO 3166-1 alpha-2';

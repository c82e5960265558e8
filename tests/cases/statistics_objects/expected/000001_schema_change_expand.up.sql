-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - add column public.orders.region
--   - create statistics public.orders_region_city
--   - drop statistics public.orders_city_zip (to create it again)
--   - create again statistics public.orders_city_zip
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.orders, brief: no rewrite (PostgreSQL 11+)
--
-- Before the next phase:
--   Deploy the application version that no longer reads or writes what the contract phase removes or tightens, then run the contract files.

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.orders ADD COLUMN region text;

CREATE STATISTICS orders_region_city (mcv) ON region, city FROM orders;

DROP STATISTICS public.orders_city_zip;

CREATE STATISTICS orders_city_zip (dependencies, ndistinct) ON city, zip FROM orders;
ALTER STATISTICS orders_city_zip SET STATISTICS 500;

COMMENT ON STATISTICS public.orders_city_zip IS 'city determines zip';

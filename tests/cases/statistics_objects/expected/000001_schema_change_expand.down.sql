-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - add column public.orders.region
--   - create statistics public.orders_region_city
--   - drop statistics public.orders_city_zip (to create it again)
--   - create again statistics public.orders_city_zip

SET LOCAL lock_timeout = '5s';

DROP STATISTICS public.orders_city_zip;

CREATE STATISTICS orders_city_zip (dependencies) ON city, zip FROM orders;

COMMENT ON STATISTICS public.orders_city_zip IS 'city determines zip';

DROP STATISTICS public.orders_region_city;

ALTER TABLE public.orders DROP COLUMN region;

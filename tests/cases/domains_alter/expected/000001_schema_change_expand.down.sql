-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - create domain public.country
--   - alter domain public.quantity
--   - add column public.orders.ship_to
--   - set comments

SET LOCAL lock_timeout = '5s';

COMMENT ON TYPE public.country IS NULL;

ALTER TABLE public.orders DROP COLUMN ship_to;

ALTER DOMAIN public.quantity SET DEFAULT 1;

DROP DOMAIN public.country;

-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - create table public.currencies
--   - add column public.countries.sort_key

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.countries DROP COLUMN sort_key;

DROP TABLE public.currencies;

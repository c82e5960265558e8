-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - add column public.coupons.code (NOT NULL, only valid on an empty table)
--
-- Hazards (locks, rewrites, scans):
--   - [fails-with-rows] fails if public.coupons has rows: there is no value for them

SET LOCAL lock_timeout = '5s';

DO $gen$ BEGIN IF EXISTS (SELECT 1 FROM public.coupons) THEN RAISE EXCEPTION 'gen: cannot add NOT NULL column public.coupons.code without a value: the table has rows' USING HINT = 'give the column a DEFAULT, or write `-- @backfill EXPR` on the line before it in the schema, and generate the migration again'; END IF; END $gen$;

ALTER TABLE public.coupons ADD COLUMN code text NOT NULL;

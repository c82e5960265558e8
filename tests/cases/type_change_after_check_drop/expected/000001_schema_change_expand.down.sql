-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - add gen_new_Value beside Value on public.readings, kept in sync by trigger gen_sync_readings

SET LOCAL lock_timeout = '5s';

DROP TRIGGER IF EXISTS gen_sync_readings ON public.readings;

DROP FUNCTION IF EXISTS public.gen_sync_readings();

ALTER TABLE public.readings DROP COLUMN IF EXISTS "gen_new_Value";

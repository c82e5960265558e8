-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - add gen_new_reading_id beside reading_id on public.billings, kept in sync by trigger gen_sync_billings
--   - add gen_new_id beside id on public.readings, kept in sync by trigger gen_sync_readings

SET LOCAL lock_timeout = '5s';

DROP TRIGGER IF EXISTS gen_sync_readings ON public.readings;

DROP FUNCTION IF EXISTS public.gen_sync_readings();

ALTER TABLE public.readings DROP COLUMN IF EXISTS gen_new_id;

DROP TRIGGER IF EXISTS gen_sync_billings ON public.billings;

DROP FUNCTION IF EXISTS public.gen_sync_billings();

ALTER TABLE public.billings DROP COLUMN IF EXISTS gen_new_reading_id;

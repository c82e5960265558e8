-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - add gen_new_reading_id beside reading_id on public.billings, kept in sync by trigger gen_sync_billings
--   - add gen_new_id beside id on public.readings, kept in sync by trigger gen_sync_readings
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.billings, brief: nullable columns without default need no rewrite (the trigger's SHARE ROW EXCLUSIVE lock is brief too); until the swap, every write to public.billings also converts reading_id
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.readings, brief: nullable columns without default need no rewrite (the trigger's SHARE ROW EXCLUSIVE lock is brief too); until the swap, every write to public.readings also converts id
--
-- Before the next phase:
--   Deploy application code that writes the new columns before running the backfill.

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.billings ADD COLUMN gen_new_reading_id text;

CREATE FUNCTION public.gen_sync_billings() RETURNS trigger LANGUAGE plpgsql AS $gen$
BEGIN
  NEW.gen_new_reading_id := (NEW.reading_id)::text;
  RETURN NEW;
END
$gen$;

CREATE TRIGGER gen_sync_billings BEFORE INSERT OR UPDATE ON public.billings FOR EACH ROW EXECUTE FUNCTION public.gen_sync_billings();

ALTER TABLE public.readings ADD COLUMN gen_new_id bigint;

CREATE FUNCTION public.gen_sync_readings() RETURNS trigger LANGUAGE plpgsql AS $gen$
BEGIN
  NEW.gen_new_id := (NEW.id)::bigint;
  RETURN NEW;
END
$gen$;

CREATE TRIGGER gen_sync_readings BEFORE INSERT OR UPDATE ON public.readings FOR EACH ROW EXECUTE FUNCTION public.gen_sync_readings();

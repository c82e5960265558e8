-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - add email, points beside mail, score on public.customers, kept in sync by trigger gen_sync_customers
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.customers, brief: nullable columns without default need no rewrite (the trigger's SHARE ROW EXCLUSIVE lock is brief too); until the swap, every write to public.customers also converts email, points
--
-- Before the next phase:
--   Deploy application code that writes the new columns before running the backfill.

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.customers ADD COLUMN email text;

ALTER TABLE public.customers ADD COLUMN points integer;

CREATE FUNCTION public.gen_sync_customers() RETURNS trigger LANGUAGE plpgsql AS $gen$
BEGIN
  IF (TG_OP = 'INSERT' AND NEW.email IS NOT NULL)
     OR (TG_OP = 'UPDATE' AND NEW.email::text IS DISTINCT FROM OLD.email::text) THEN
    NEW.mail := NEW.email;
  ELSE
    NEW.email := NEW.mail;
  END IF;
  IF (TG_OP = 'INSERT' AND NEW.points IS NOT NULL)
     OR (TG_OP = 'UPDATE' AND NEW.points::text IS DISTINCT FROM OLD.points::text) THEN
    NEW.score := NEW.points;
  ELSE
    NEW.points := NEW.score;
  END IF;
  RETURN NEW;
END
$gen$;

CREATE TRIGGER gen_sync_customers BEFORE INSERT OR UPDATE ON public.customers FOR EACH ROW EXECUTE FUNCTION public.gen_sync_customers();

-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - add gen_new_id beside id on public.traits, kept in sync by trigger gen_sync_traits
--   - add gen_new_id beside id on public.users, kept in sync by trigger gen_sync_users
--   - free sequence public.users_id_seq from its owner public.users_legacy.id
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.traits, brief: nullable columns without default need no rewrite (the trigger's SHARE ROW EXCLUSIVE lock is brief too); until the swap, every write to public.traits also converts id
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.users, brief: nullable columns without default need no rewrite (the trigger's SHARE ROW EXCLUSIVE lock is brief too); until the swap, every write to public.users also converts id
--
-- Before the next phase:
--   Deploy application code that writes the new columns before running the backfill.

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.traits ADD COLUMN gen_new_id bigint;

CREATE FUNCTION public.gen_sync_traits() RETURNS trigger LANGUAGE plpgsql AS $gen$
BEGIN
  NEW.gen_new_id := (NEW.id)::bigint;
  RETURN NEW;
END
$gen$;

CREATE TRIGGER gen_sync_traits BEFORE INSERT OR UPDATE ON public.traits FOR EACH ROW EXECUTE FUNCTION public.gen_sync_traits();

ALTER TABLE public.users ADD COLUMN gen_new_id bigint;

CREATE FUNCTION public.gen_sync_users() RETURNS trigger LANGUAGE plpgsql AS $gen$
BEGIN
  NEW.gen_new_id := (NEW.id)::bigint;
  RETURN NEW;
END
$gen$;

CREATE TRIGGER gen_sync_users BEFORE INSERT OR UPDATE ON public.users FOR EACH ROW EXECUTE FUNCTION public.gen_sync_users();

ALTER SEQUENCE public.users_id_seq OWNED BY NONE;

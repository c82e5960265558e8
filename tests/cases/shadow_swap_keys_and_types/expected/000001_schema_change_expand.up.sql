-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - create type public.addresses_country
--   - add gen_new_country beside country on public.addresses, kept in sync by trigger gen_sync_addresses
--   - add gen_new_id beside id on public.profiles, kept in sync by trigger gen_sync_profiles
--   - add gen_new_id beside id on public.users, kept in sync by trigger gen_sync_users
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.addresses, brief: nullable columns without default need no rewrite (the trigger's SHARE ROW EXCLUSIVE lock is brief too); until the swap, every write to public.addresses also converts country
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.profiles, brief: nullable columns without default need no rewrite (the trigger's SHARE ROW EXCLUSIVE lock is brief too); until the swap, every write to public.profiles also converts id
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.users, brief: nullable columns without default need no rewrite (the trigger's SHARE ROW EXCLUSIVE lock is brief too); until the swap, every write to public.users also converts id
--
-- Before the next phase:
--   Deploy application code that writes the new columns before running the backfill.

SET LOCAL lock_timeout = '5s';

CREATE TYPE public.addresses_country AS ENUM ('DE', 'FR', 'IT');

ALTER TABLE public.addresses ADD COLUMN gen_new_country public.addresses_country;

CREATE FUNCTION public.gen_sync_addresses() RETURNS trigger LANGUAGE plpgsql AS $gen$
BEGIN
  NEW.gen_new_country := (NEW.country)::text::public.addresses_country;
  RETURN NEW;
END
$gen$;

CREATE TRIGGER gen_sync_addresses BEFORE INSERT OR UPDATE ON public.addresses FOR EACH ROW EXECUTE FUNCTION public.gen_sync_addresses();

ALTER TABLE public.profiles ADD COLUMN gen_new_id bigint;

CREATE FUNCTION public.gen_sync_profiles() RETURNS trigger LANGUAGE plpgsql AS $gen$
BEGIN
  NEW.gen_new_id := (NEW.id)::bigint;
  RETURN NEW;
END
$gen$;

CREATE TRIGGER gen_sync_profiles BEFORE INSERT OR UPDATE ON public.profiles FOR EACH ROW EXECUTE FUNCTION public.gen_sync_profiles();

ALTER TABLE public.users ADD COLUMN gen_new_id bigint;

CREATE FUNCTION public.gen_sync_users() RETURNS trigger LANGUAGE plpgsql AS $gen$
BEGIN
  NEW.gen_new_id := (NEW.id)::bigint;
  RETURN NEW;
END
$gen$;

CREATE TRIGGER gen_sync_users BEFORE INSERT OR UPDATE ON public.users FOR EACH ROW EXECUTE FUNCTION public.gen_sync_users();

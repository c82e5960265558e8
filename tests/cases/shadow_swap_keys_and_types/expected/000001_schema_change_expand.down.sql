-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - create type public.addresses_country
--   - add gen_new_country beside country on public.addresses, kept in sync by trigger gen_sync_addresses
--   - add gen_new_id beside id on public.profiles, kept in sync by trigger gen_sync_profiles
--   - add gen_new_id beside id on public.users, kept in sync by trigger gen_sync_users

SET LOCAL lock_timeout = '5s';

DROP TRIGGER IF EXISTS gen_sync_users ON public.users;

DROP FUNCTION IF EXISTS public.gen_sync_users();

ALTER TABLE public.users DROP COLUMN IF EXISTS gen_new_id;

DROP TRIGGER IF EXISTS gen_sync_profiles ON public.profiles;

DROP FUNCTION IF EXISTS public.gen_sync_profiles();

ALTER TABLE public.profiles DROP COLUMN IF EXISTS gen_new_id;

DROP TRIGGER IF EXISTS gen_sync_addresses ON public.addresses;

DROP FUNCTION IF EXISTS public.gen_sync_addresses();

ALTER TABLE public.addresses DROP COLUMN IF EXISTS gen_new_country;

DROP TYPE public.addresses_country;

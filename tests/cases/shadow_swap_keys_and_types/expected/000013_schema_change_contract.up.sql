-- 000013_schema_change_contract.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - swap gen_new_country in for country on public.addresses
--   - swap gen_new_id in for id on public.profiles
--   - create table public.profiles_archive
--   - swap gen_new_id in for id on public.users
--   - drop table public.audits
--   - drop type public.country
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.addresses, brief: the prepared columns, indexes and validated NOT NULL checks are swapped in, CHECKs and foreign keys re-added NOT VALID
--   - [lossy-down] the down converts country back in place: it rewrites public.addresses under ACCESS EXCLUSIVE
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.profiles, brief: the prepared columns, indexes and validated NOT NULL checks are swapped in, CHECKs and foreign keys re-added NOT VALID
--   - [lossy-down] the down converts id back in place: it rewrites public.profiles under ACCESS EXCLUSIVE
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.users and on the tables whose foreign keys reference it, brief: the prepared columns, indexes and validated NOT NULL checks are swapped in, CHECKs and foreign keys re-added NOT VALID
--   - [lossy-down] the down converts id back in place: it rewrites public.users under ACCESS EXCLUSIVE
--   - [deletes-data] deletes table public.audits and its rows

SET LOCAL lock_timeout = '5s';

DROP TRIGGER gen_sync_addresses ON public.addresses;

DROP FUNCTION public.gen_sync_addresses();

ALTER TABLE public.addresses DROP COLUMN country;

ALTER TABLE public.addresses RENAME COLUMN gen_new_country TO country;

ALTER TABLE public.addresses ALTER COLUMN country SET DEFAULT 'DE';

ALTER TABLE public.addresses ALTER COLUMN country SET NOT NULL;

ALTER TABLE public.addresses DROP CONSTRAINT addresses_gen_new_country_not_null;

DROP TRIGGER gen_sync_profiles ON public.profiles;

DROP FUNCTION public.gen_sync_profiles();

ALTER TABLE public.profiles DROP COLUMN id;

ALTER TABLE public.profiles RENAME COLUMN gen_new_id TO id;

ALTER TABLE public.profiles ALTER COLUMN id SET NOT NULL;

ALTER TABLE public.profiles DROP CONSTRAINT profiles_gen_new_id_not_null;

CREATE TABLE public.profiles_archive (
    id bigint NOT NULL,
    CONSTRAINT profiles_pkey PRIMARY KEY (id)
);

DROP TRIGGER gen_sync_users ON public.users;

DROP FUNCTION public.gen_sync_users();

ALTER TABLE IF EXISTS public.accounts DROP CONSTRAINT IF EXISTS accounts_user_id_fkey;

ALTER TABLE IF EXISTS public.audits DROP CONSTRAINT IF EXISTS audits_user_id_fkey;

ALTER TABLE public.users DROP COLUMN id;

ALTER TABLE public.users RENAME COLUMN gen_new_id TO id;

ALTER TABLE public.users ALTER COLUMN id SET NOT NULL;

ALTER TABLE public.users DROP CONSTRAINT users_gen_new_id_not_null;

ALTER TABLE public.users ADD CONSTRAINT users_pkey PRIMARY KEY USING INDEX users_pkey_ccnew;

ALTER TABLE public.accounts ADD CONSTRAINT accounts_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users (id) NOT VALID;

DROP TABLE public.audits;

DROP TYPE public.country;

-- 000013_schema_change_contract.down.sql
-- Reverts 000013_schema_change_contract.up.sql.
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Undoes:
--   - swap gen_new_country in for country on public.addresses
--   - swap gen_new_id in for id on public.profiles
--   - create table public.profiles_archive
--   - swap gen_new_id in for id on public.users
--   - drop type public.country

SET LOCAL lock_timeout = '5s';

CREATE TYPE public.country AS ENUM ('DE', 'FR', 'IT');

ALTER TABLE public.users ALTER COLUMN id TYPE integer USING id::integer;

DROP TABLE public.profiles_archive;

ALTER TABLE public.profiles ALTER COLUMN id TYPE integer USING id::integer;

ALTER TABLE public.profiles ADD CONSTRAINT profiles_pkey PRIMARY KEY (id);

ALTER TABLE public.addresses ALTER COLUMN country DROP DEFAULT;

ALTER TABLE public.addresses ALTER COLUMN country TYPE public.country USING country::text::public.country;

ALTER TABLE public.addresses ALTER COLUMN country SET DEFAULT 'DE';

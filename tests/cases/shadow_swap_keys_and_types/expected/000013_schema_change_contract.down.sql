-- 000013_schema_change_contract.down.sql
-- Reverts 000013_schema_change_contract.up.sql.
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Undoes:
--   - swap gen_new_country in for country on public.addresses
--   - swap gen_new_id in for id on public.profiles
--   - create table public.profiles_archive
--   - swap gen_new_id in for id on public.users
--   - drop table public.audits
--   - drop type public.country

SET LOCAL lock_timeout = '5s';

CREATE TYPE public.country AS ENUM ('DE', 'FR', 'IT');

CREATE TABLE public.audits (
    id integer NOT NULL,
    user_id integer,
    CONSTRAINT audits_pkey PRIMARY KEY (id)
);

ALTER TABLE public.users ALTER COLUMN id TYPE integer USING id::integer;

ALTER TABLE public.audits ADD CONSTRAINT audits_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users (id);

DROP TABLE public.profiles_archive;

ALTER TABLE public.profiles ALTER COLUMN id TYPE integer USING id::integer;

ALTER TABLE public.profiles ADD CONSTRAINT profiles_pkey PRIMARY KEY (id);

ALTER TABLE public.addresses ALTER COLUMN country DROP DEFAULT;

ALTER TABLE public.addresses ALTER COLUMN country TYPE public.country USING country::text::public.country;

ALTER TABLE public.addresses ALTER COLUMN country SET DEFAULT 'DE';

-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - create table public.currencies
--   - add column public.countries.sort_key
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.countries, brief: no rewrite (PostgreSQL 11+)

SET LOCAL lock_timeout = '5s';

CREATE TABLE public.currencies (
    code character varying(3) COLLATE "C" NOT NULL,
    name text NOT NULL,
    CONSTRAINT currencies_pkey PRIMARY KEY (code)
);

ALTER TABLE public.countries ADD COLUMN sort_key text COLLATE "C";

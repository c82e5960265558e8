-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - create table public.teams
--   - create table public.users
--   - add constraint teams_owner_id_fkey on public.teams
--   - add constraint users_default_team_id_fkey on public.users

SET LOCAL lock_timeout = '5s';

CREATE TABLE public.teams (
    id bigint NOT NULL,
    name text NOT NULL,
    owner_id bigint,
    CONSTRAINT teams_pkey PRIMARY KEY (id)
);

CREATE TABLE public.users (
    id bigint NOT NULL,
    email text NOT NULL,
    default_team_id bigint,
    CONSTRAINT users_pkey PRIMARY KEY (id)
);

ALTER TABLE public.teams ADD CONSTRAINT teams_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES public.users (id);

ALTER TABLE public.users ADD CONSTRAINT users_default_team_id_fkey FOREIGN KEY (default_team_id) REFERENCES public.teams (id);

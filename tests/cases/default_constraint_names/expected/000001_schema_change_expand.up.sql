-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - create table public.team_members
--   - create table public.teams
--   - add constraint team_members_team_id_fkey on public.team_members

SET LOCAL lock_timeout = '5s';

CREATE TABLE public.team_members (
    id bigint NOT NULL,
    team_id bigint NOT NULL,
    email text NOT NULL,
    seat_number integer,
    starts_on date NOT NULL,
    ends_on date,
    CONSTRAINT team_members_check CHECK (ends_on IS NULL OR ends_on > starts_on),
    CONSTRAINT team_members_email_check CHECK (email <> ''),
    CONSTRAINT team_members_pkey PRIMARY KEY (id),
    CONSTRAINT team_members_seat_number_check CHECK (seat_number > 0),
    CONSTRAINT team_members_team_id_email_key UNIQUE (team_id, email)
);

CREATE TABLE public.teams (
    id bigint NOT NULL,
    slug text NOT NULL,
    CONSTRAINT teams_pkey PRIMARY KEY (id),
    CONSTRAINT teams_slug_key UNIQUE (slug)
);

ALTER TABLE public.team_members ADD CONSTRAINT team_members_team_id_fkey FOREIGN KEY (team_id) REFERENCES public.teams (id);

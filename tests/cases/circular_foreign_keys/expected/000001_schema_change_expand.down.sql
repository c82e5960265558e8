-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - create table public.teams
--   - create table public.users
--   - add constraint teams_owner_id_fkey on public.teams
--   - add constraint users_default_team_id_fkey on public.users

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.users DROP CONSTRAINT users_default_team_id_fkey;

ALTER TABLE public.teams DROP CONSTRAINT teams_owner_id_fkey;

DROP TABLE public.users;

DROP TABLE public.teams;

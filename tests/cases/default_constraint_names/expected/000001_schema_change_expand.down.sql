-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - create table public.team_members
--   - create table public.teams
--   - add constraint team_members_team_id_fkey on public.team_members

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.team_members DROP CONSTRAINT team_members_team_id_fkey;

DROP TABLE public.teams;

DROP TABLE public.team_members;

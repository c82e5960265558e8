-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - create table public.tokens
--   - make public.cache unlogged
--   - set the replica identity of public.events
--   - make public.scratch logged
--   - set the replica identity of public.tokens
--   - add constraint tokens_value_check on public.tokens (NOT VALID)

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.tokens DROP CONSTRAINT tokens_value_check;

ALTER TABLE public.tokens REPLICA IDENTITY DEFAULT;

ALTER TABLE public.scratch SET UNLOGGED;

ALTER TABLE public.events REPLICA IDENTITY DEFAULT;

ALTER TABLE public.cache SET LOGGED;

DROP TABLE public.tokens;

-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - create table public.sessions
--   - add gen_new_score beside score on public.events, kept in sync by trigger gen_sync_events
--   - set the attributes (statistics target, storage, options) of public.events.account_id
--   - set the attributes (statistics target, storage, options) of public.events.kind
--   - set the attributes (statistics target, storage, options) of public.events.payload
--   - set the attributes (statistics target, storage, options) of public.sessions.user_id

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.sessions ALTER COLUMN user_id RESET (n_distinct);

ALTER TABLE public.events ALTER COLUMN payload RESET (n_distinct);

ALTER TABLE public.events ALTER COLUMN kind SET (n_distinct = '100');

ALTER TABLE public.events ALTER COLUMN account_id SET (n_distinct = '-0.2', n_distinct_inherited = '-0.1');

DROP TRIGGER IF EXISTS gen_sync_events ON public.events;

DROP FUNCTION IF EXISTS public.gen_sync_events();

ALTER TABLE public.events DROP COLUMN IF EXISTS gen_new_score;

DROP TABLE public.sessions;

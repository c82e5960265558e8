-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - create table public.sessions
--   - add gen_new_score beside score on public.events, kept in sync by trigger gen_sync_events
--   - set the attributes (statistics target, storage, options) of public.events.account_id
--   - set the attributes (statistics target, storage, options) of public.events.kind
--   - set the attributes (statistics target, storage, options) of public.events.payload
--   - set the attributes (statistics target, storage, options) of public.sessions.user_id
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.events, brief: nullable columns without default need no rewrite (the trigger's SHARE ROW EXCLUSIVE lock is brief too); until the swap, every write to public.events also converts score
--   - [exclusive-lock] SHARE UPDATE EXCLUSIVE lock on public.events, brief; no rewrite
--   - [exclusive-lock] SHARE UPDATE EXCLUSIVE lock on public.sessions, brief; no rewrite
--
-- Before the next phase:
--   Deploy application code that writes the new columns before running the backfill.

SET LOCAL lock_timeout = '5s';

CREATE TABLE public.sessions (
    id bigint NOT NULL,
    user_id integer,
    CONSTRAINT sessions_pkey PRIMARY KEY (id)
);

ALTER TABLE public.events ADD COLUMN gen_new_score bigint;

CREATE FUNCTION public.gen_sync_events() RETURNS trigger LANGUAGE plpgsql AS $gen$
BEGIN
  NEW.gen_new_score := (NEW.score)::bigint;
  RETURN NEW;
END
$gen$;

CREATE TRIGGER gen_sync_events BEFORE INSERT OR UPDATE ON public.events FOR EACH ROW EXECUTE FUNCTION public.gen_sync_events();

ALTER TABLE public.events ALTER COLUMN account_id RESET (n_distinct_inherited);

ALTER TABLE public.events ALTER COLUMN account_id SET (n_distinct = '-0.5');

ALTER TABLE public.events ALTER COLUMN kind RESET (n_distinct);

ALTER TABLE public.events ALTER COLUMN payload SET (n_distinct = '20');

ALTER TABLE public.sessions ALTER COLUMN user_id SET (n_distinct = '1000');

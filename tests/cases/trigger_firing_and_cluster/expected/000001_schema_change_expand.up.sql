-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - create table public.tags
--   - mark index events_created_idx of public.events for CLUSTER
--   - mark index tags_pkey of public.tags for CLUSTER
--   - fire always: trigger events_audit on public.events
--   - create trigger events_replica on public.events
--   - disable trigger events_touch on public.events
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] SHARE UPDATE EXCLUSIVE lock on public.events, brief; catalog only
--   - [exclusive-lock] SHARE UPDATE EXCLUSIVE lock on public.tags, brief; catalog only
--   - [exclusive-lock] SHARE ROW EXCLUSIVE lock on public.events, brief

SET LOCAL lock_timeout = '5s';

CREATE TABLE public.tags (
    id bigint NOT NULL,
    name text,
    CONSTRAINT tags_pkey PRIMARY KEY (id)
);

ALTER TABLE public.events CLUSTER ON events_created_idx;

ALTER TABLE public.tags CLUSTER ON tags_pkey;

ALTER TABLE public.events ENABLE ALWAYS TRIGGER events_audit;

CREATE TRIGGER events_replica BEFORE INSERT ON events FOR EACH ROW EXECUTE FUNCTION touch();

ALTER TABLE public.events ENABLE REPLICA TRIGGER events_replica;

ALTER TABLE public.events DISABLE TRIGGER events_touch;

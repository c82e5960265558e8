-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - create table public.tags
--   - mark index events_created_idx of public.events for CLUSTER
--   - mark index tags_pkey of public.tags for CLUSTER
--   - fire always: trigger events_audit on public.events
--   - create trigger events_replica on public.events
--   - disable trigger events_touch on public.events

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.events ENABLE TRIGGER events_touch;

DROP TRIGGER events_replica ON public.events;

ALTER TABLE public.events DISABLE TRIGGER events_audit;

ALTER TABLE public.tags SET WITHOUT CLUSTER;

ALTER TABLE public.notes CLUSTER ON notes_body_idx;

ALTER TABLE public.events CLUSTER ON events_pkey;

DROP TABLE public.tags;

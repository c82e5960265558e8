-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - create sequence public.audit_events_id_seq
--   - create table public.audit_events
--   - set the owner of sequence public.audit_events_id_seq
--   - add constraint audit_events_user_id_fkey on public.audit_events

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.audit_events DROP CONSTRAINT audit_events_user_id_fkey;

ALTER SEQUENCE public.audit_events_id_seq OWNED BY NONE;

DROP TABLE public.audit_events;

DROP SEQUENCE public.audit_events_id_seq;

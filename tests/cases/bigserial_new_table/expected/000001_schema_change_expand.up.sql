-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - create sequence public.audit_events_id_seq
--   - create table public.audit_events
--   - set the owner of sequence public.audit_events_id_seq
--   - add constraint audit_events_user_id_fkey on public.audit_events

SET LOCAL lock_timeout = '5s';

CREATE SEQUENCE public.audit_events_id_seq;

CREATE TABLE public.audit_events (
    id bigint DEFAULT nextval('public.audit_events_id_seq'::REGCLASS) NOT NULL,
    user_id bigint,
    action text NOT NULL,
    occurred_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT audit_events_pkey PRIMARY KEY (id)
);

ALTER SEQUENCE public.audit_events_id_seq OWNED BY public.audit_events.id;

ALTER TABLE public.audit_events ADD CONSTRAINT audit_events_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users (id);

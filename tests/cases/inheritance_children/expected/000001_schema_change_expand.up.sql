-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - create table public.events_logout

SET LOCAL lock_timeout = '5s';

CREATE TABLE public.events_logout (
    reason text DEFAULT 'user',
    CONSTRAINT events_logout_reason_check CHECK (reason IS NOT NULL)
) INHERITS (public.events);

-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - create table public.session_cache
--   - add constraint session_cache_user_id_fkey on public.session_cache

SET LOCAL lock_timeout = '5s';

CREATE UNLOGGED TABLE public.session_cache (
    token text NOT NULL,
    user_id bigint NOT NULL,
    data jsonb DEFAULT '{}' NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    CONSTRAINT session_cache_pkey PRIMARY KEY (token)
);

ALTER TABLE public.session_cache ADD CONSTRAINT session_cache_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users (id) ON DELETE CASCADE;

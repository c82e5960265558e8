-- 000001_schema_change_contract.down.sql
-- Reverts 000001_schema_change_contract.up.sql.
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Undoes:
--   - drop constraint legacy_sessions_user_id_fkey on public.legacy_sessions
--   - drop table public.legacy_sessions

SET LOCAL lock_timeout = '5s';

CREATE TABLE public.legacy_sessions (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    token text NOT NULL,
    CONSTRAINT legacy_sessions_pkey PRIMARY KEY (id)
);

ALTER TABLE public.legacy_sessions ADD CONSTRAINT legacy_sessions_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users (id);

-- 000001_schema_change_contract.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - drop constraint legacy_sessions_user_id_fkey on public.legacy_sessions
--   - drop table public.legacy_sessions
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.legacy_sessions, brief
--   - [deletes-data] deletes table public.legacy_sessions and its rows

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.legacy_sessions DROP CONSTRAINT legacy_sessions_user_id_fkey;

DROP TABLE public.legacy_sessions;

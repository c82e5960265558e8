-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - rename table public.users to people
--   - rename constraint users_email_check on public.people to people_email_check
--   - rename constraint users_email_key on public.people to people_email_key
--   - rename constraint users_org_id_fkey on public.people to people_org_id_fkey
--   - rename constraint users_pkey on public.people to people_pkey
--   - rename sequence public.users_id_seq to people_id_seq
--   - rename index public.users_org_id_idx to people_org_id_idx
--
-- Hazards (locks, rewrites, scans):
--   - [breaks-old-app] ACCESS EXCLUSIVE lock, brief: the application must use the new name from now on

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.users RENAME TO people;

ALTER TABLE public.people RENAME CONSTRAINT users_email_check TO people_email_check;

ALTER TABLE public.people RENAME CONSTRAINT users_email_key TO people_email_key;

ALTER TABLE public.people RENAME CONSTRAINT users_org_id_fkey TO people_org_id_fkey;

ALTER TABLE public.people RENAME CONSTRAINT users_pkey TO people_pkey;

ALTER SEQUENCE public.users_id_seq RENAME TO people_id_seq;

ALTER INDEX public.users_org_id_idx RENAME TO people_org_id_idx;

-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - rename table public.users to people
--   - rename constraint users_email_check on public.people to people_email_check
--   - rename constraint users_email_key on public.people to people_email_key
--   - rename constraint users_org_id_fkey on public.people to people_org_id_fkey
--   - rename constraint users_pkey on public.people to people_pkey
--   - rename sequence public.users_id_seq to people_id_seq
--   - rename index public.users_org_id_idx to people_org_id_idx

SET LOCAL lock_timeout = '5s';

ALTER INDEX public.people_org_id_idx RENAME TO users_org_id_idx;

ALTER SEQUENCE public.people_id_seq RENAME TO users_id_seq;

ALTER TABLE public.people RENAME CONSTRAINT people_pkey TO users_pkey;

ALTER TABLE public.people RENAME CONSTRAINT people_org_id_fkey TO users_org_id_fkey;

ALTER TABLE public.people RENAME CONSTRAINT people_email_key TO users_email_key;

ALTER TABLE public.people RENAME CONSTRAINT people_email_check TO users_email_check;

ALTER TABLE public.people RENAME TO users;

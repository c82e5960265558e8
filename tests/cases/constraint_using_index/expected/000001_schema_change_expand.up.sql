-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - add constraint accounts_email_idx on public.accounts using its index
--   - add constraint accounts_pkey on public.accounts using its index
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.accounts, brief: the existing index public.accounts_email_idx becomes the constraint's
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.accounts, brief: the existing index public.accounts_id_idx becomes the constraint's

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.accounts ADD CONSTRAINT accounts_email_idx UNIQUE USING INDEX accounts_email_idx;

ALTER TABLE public.accounts ADD CONSTRAINT accounts_pkey PRIMARY KEY USING INDEX accounts_id_idx;

-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - rename column email of view public.user_emails to mail
--   - drop view public.user_count (to create it again)
--   - rename table public.users to accounts
--   - rename constraint users_pkey on public.accounts to accounts_pkey
--   - rename column public.accounts.email to mail
--   - create again view public.user_count
--
-- Hazards (locks, rewrites, scans):
--   - [breaks-old-app] ACCESS EXCLUSIVE lock, brief: the application must use the new name from now on

SET LOCAL lock_timeout = '5s';

ALTER VIEW public.user_emails RENAME COLUMN email TO mail;

DROP VIEW public.user_count;

ALTER TABLE public.users RENAME TO accounts;

ALTER TABLE public.accounts RENAME CONSTRAINT users_pkey TO accounts_pkey;

ALTER TABLE public.accounts RENAME COLUMN email TO mail;

CREATE VIEW user_count AS SELECT count(*) AS n FROM accounts WHERE name IS NOT NULL;

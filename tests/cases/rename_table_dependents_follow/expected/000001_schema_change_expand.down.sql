-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - rename column email of view public.user_emails to mail
--   - drop view public.user_count (to create it again)
--   - rename table public.users to accounts
--   - rename constraint users_pkey on public.accounts to accounts_pkey
--   - rename column public.accounts.email to mail
--   - create again view public.user_count

SET LOCAL lock_timeout = '5s';

DROP VIEW public.user_count;

ALTER TABLE public.accounts RENAME COLUMN mail TO email;

ALTER TABLE public.accounts RENAME CONSTRAINT accounts_pkey TO users_pkey;

ALTER TABLE public.accounts RENAME TO users;

CREATE VIEW user_count AS SELECT count(*) AS n FROM users;

ALTER VIEW public.user_emails RENAME COLUMN mail TO email;

-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - rename column email of view public.user_emails to mail
--   - drop view public.user_count (to create it again)
--   - rename column public.users.email to mail
--   - create again view public.user_count
--
-- Hazards (locks, rewrites, scans):
--   - [breaks-old-app] ACCESS EXCLUSIVE lock, brief: the application must use the new name from now on

SET LOCAL lock_timeout = '5s';

ALTER VIEW public.user_emails RENAME COLUMN email TO mail;

DROP VIEW public.user_count;

ALTER TABLE public.users RENAME COLUMN email TO mail;

CREATE VIEW user_count AS SELECT count(*) AS n FROM users WHERE name IS NOT NULL;

-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - rename column email of view public.user_emails to mail
--   - drop view public.user_count (to create it again)
--   - rename column public.users.email to mail
--   - create again view public.user_count

SET LOCAL lock_timeout = '5s';

DROP VIEW public.user_count;

ALTER TABLE public.users RENAME COLUMN mail TO email;

CREATE VIEW user_count AS SELECT count(*) AS n FROM users;

ALTER VIEW public.user_emails RENAME COLUMN mail TO email;

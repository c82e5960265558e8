-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - drop column public.users.user_name
--   - rename column public.users.username to user_name
--
-- Hazards (locks, rewrites, scans):
--   - [deletes-data] ACCESS EXCLUSIVE lock on public.users, brief; deletes the column's values
--   - [breaks-old-app] ACCESS EXCLUSIVE lock, brief: the application must use the new name from now on

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.users DROP COLUMN user_name;

ALTER TABLE public.users RENAME COLUMN username TO user_name;

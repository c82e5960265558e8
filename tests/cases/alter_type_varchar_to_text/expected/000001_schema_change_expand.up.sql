-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - alter column public.articles.body
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.articles, brief: the type change needs no rewrite

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.articles ALTER COLUMN body TYPE text USING body::text;

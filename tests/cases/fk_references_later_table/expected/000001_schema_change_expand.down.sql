-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - create table public.comments
--   - create table public.posts
--   - add constraint comments_post_id_fkey on public.comments
--   - create index public.comments_post_id_idx

SET LOCAL lock_timeout = '5s';

DROP INDEX public.comments_post_id_idx;

ALTER TABLE public.comments DROP CONSTRAINT comments_post_id_fkey;

DROP TABLE public.posts;

DROP TABLE public.comments;

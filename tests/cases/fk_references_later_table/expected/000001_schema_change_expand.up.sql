-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - create table public.comments
--   - create table public.posts
--   - add constraint comments_post_id_fkey on public.comments
--   - create index public.comments_post_id_idx

SET LOCAL lock_timeout = '5s';

CREATE TABLE public.comments (
    id bigint NOT NULL,
    post_id bigint NOT NULL,
    body text NOT NULL,
    CONSTRAINT comments_pkey PRIMARY KEY (id)
);

CREATE TABLE public.posts (
    id bigint NOT NULL,
    title text NOT NULL,
    CONSTRAINT posts_pkey PRIMARY KEY (id)
);

ALTER TABLE public.comments ADD CONSTRAINT comments_post_id_fkey FOREIGN KEY (post_id) REFERENCES public.posts (id) ON DELETE CASCADE;

CREATE INDEX comments_post_id_idx ON public.comments USING btree (post_id);

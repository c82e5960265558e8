-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - create sequence public.tags_id_seq
--   - create sequence public.tags_position_seq
--   - create table public.tags
--   - set the owner of sequence public.tags_id_seq
--   - set the owner of sequence public.tags_position_seq

SET LOCAL lock_timeout = '5s';

CREATE SEQUENCE public.tags_id_seq AS integer;

CREATE SEQUENCE public.tags_position_seq AS smallint;

CREATE TABLE public.tags (
    id integer DEFAULT nextval('public.tags_id_seq'::REGCLASS) NOT NULL,
    "position" smallint DEFAULT nextval('public.tags_position_seq'::REGCLASS) NOT NULL,
    name text NOT NULL,
    CONSTRAINT tags_name_key UNIQUE (name),
    CONSTRAINT tags_pkey PRIMARY KEY (id)
);

ALTER SEQUENCE public.tags_id_seq OWNED BY public.tags.id;

ALTER SEQUENCE public.tags_position_seq OWNED BY public.tags."position";

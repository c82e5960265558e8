-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - create sequence public.tags_id_seq
--   - create sequence public.tags_position_seq
--   - create table public.tags
--   - set the owner of sequence public.tags_id_seq
--   - set the owner of sequence public.tags_position_seq

SET LOCAL lock_timeout = '5s';

ALTER SEQUENCE public.tags_position_seq OWNED BY NONE;

ALTER SEQUENCE public.tags_id_seq OWNED BY NONE;

DROP TABLE public.tags;

DROP SEQUENCE public.tags_position_seq;

DROP SEQUENCE public.tags_id_seq;

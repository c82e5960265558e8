-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - create sequence public.providers_id_seq
--   - create table public.providers
--   - create function public.course_provider()
--   - add column public.courses.provider_id
--   - set the owner of sequence public.providers_id_seq
--   - create trigger course_provider on public.courses

SET LOCAL lock_timeout = '5s';

DROP TRIGGER course_provider ON public.courses;

ALTER SEQUENCE public.providers_id_seq OWNED BY NONE;

ALTER TABLE public.courses DROP COLUMN provider_id;

DROP FUNCTION public.course_provider();

DROP TABLE public.providers;

DROP SEQUENCE public.providers_id_seq;

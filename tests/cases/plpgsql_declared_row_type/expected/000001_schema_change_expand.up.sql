-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - create sequence public.providers_id_seq
--   - create table public.providers
--   - create function public.course_provider()
--   - add column public.courses.provider_id
--   - set the owner of sequence public.providers_id_seq
--   - create trigger course_provider on public.courses
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.courses, brief: no rewrite (PostgreSQL 11+)
--   - [exclusive-lock] SHARE ROW EXCLUSIVE lock on public.courses, brief

SET LOCAL lock_timeout = '5s';

CREATE SEQUENCE public.providers_id_seq AS integer;

CREATE TABLE public.providers (
    id integer DEFAULT nextval('public.providers_id_seq'::REGCLASS) NOT NULL,
    name text NOT NULL,
    CONSTRAINT providers_pkey PRIMARY KEY (id)
);

CREATE FUNCTION public.course_provider() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
      DECLARE
        _provider providers%ROWTYPE;
        _name providers.name%TYPE;
        _other public.providers;
      BEGIN
        SELECT * FROM providers INTO _provider WHERE providers.name = NEW.provider_name;
        IF NOT FOUND THEN
          INSERT INTO providers (name) VALUES (NEW.provider_name) RETURNING id INTO NEW.provider_id;
        ELSE
          NEW.provider_id = _provider.id;
        END IF;
        RETURN NEW;
      END;
      $$;

ALTER TABLE public.courses ADD COLUMN provider_id integer;

ALTER SEQUENCE public.providers_id_seq OWNED BY public.providers.id;

CREATE TRIGGER course_provider BEFORE INSERT ON public.courses
    FOR EACH ROW EXECUTE FUNCTION public.course_provider();

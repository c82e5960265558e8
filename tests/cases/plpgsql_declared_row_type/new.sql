-- as pg_dump writes it: functions before tables, with bodies unchecked. PL/pgSQL resolves the
-- types of its declarations when the function is created, so the migration creates the
-- function after the table whose row type it declares.
SET check_function_bodies = false;

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

CREATE TABLE public.courses (id serial PRIMARY KEY, provider_name text, provider_id integer);

CREATE TABLE public.providers (id serial PRIMARY KEY, name text NOT NULL);

CREATE TRIGGER course_provider BEFORE INSERT ON public.courses
    FOR EACH ROW EXECUTE FUNCTION public.course_provider();

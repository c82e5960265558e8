-- What old pg_dump output and hand-written schemas of its time say that PostgreSQL still
-- accepts. pg_dump before PostgreSQL 9.1 wrote the procedural language itself (it became an
-- extension then): built in since 9.0, so gen reads it as nothing to do, with a note.
--
-- Name: plpgsql; Type: PROCEDURAL LANGUAGE; Schema: -; Owner: -
--

CREATE OR REPLACE PROCEDURAL LANGUAGE plpgsql;


SET search_path = public, pg_catalog;

--
-- Name: touch_name(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION touch_name() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  NEW.name := coalesce(NEW.name, 'unnamed');
  RETURN NEW;
END;
$$;

CREATE TABLE accounts (
    id integer NOT NULL,
    name character varying(255)
)
WITH (OIDS=FALSE);

-- `oids = false` and WITHOUT OIDS are accepted and mean nothing since PostgreSQL 12
CREATE TABLE notes (
    id integer NOT NULL,
    body text
) WITHOUT OIDS;

CREATE TRIGGER accounts_touch BEFORE INSERT ON accounts FOR EACH ROW EXECUTE PROCEDURE touch_name();

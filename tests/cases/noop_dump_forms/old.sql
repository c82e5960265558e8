-- new.sql is pg_dump's file of this schema (on a server in UTC): it prints SQL-standard routine
-- bodies with their implicit casts and parentheses, arguments qualified inside queries,
-- date and timestamp partition bounds in full (timestamptz ones in the server's time zone),
-- views and checks with the casts PostgreSQL adds, and default privileges FOR ROLE of the
-- role that ran the file. Nothing changes.
CREATE SCHEMA reporting;
ALTER DEFAULT PRIVILEGES IN SCHEMA reporting GRANT SELECT ON TABLES TO PUBLIC;

CREATE TABLE prices (
    id bigint PRIMARY KEY,
    cents integer NOT NULL,
    CHECK (cents / 100.0 < 100000)
);

CREATE FUNCTION to_euros(c integer) RETURNS numeric LANGUAGE sql IMMUTABLE
    RETURN c / 100.0;
CREATE FUNCTION with_vat(c integer) RETURNS numeric LANGUAGE sql IMMUTABLE
    RETURN to_euros(c) * 1.2 + 1;
CREATE FUNCTION label(c integer, name text) RETURNS text LANGUAGE sql IMMUTABLE
    RETURN CASE WHEN c > 100 THEN name || ' (dear)' ELSE name END;
CREATE FUNCTION expensive_count(floor_cents integer) RETURNS bigint LANGUAGE sql STABLE
    RETURN (SELECT count(*) FROM prices p WHERE p.cents >= floor_cents);

CREATE VIEW price_list AS SELECT id, cents / 100.0 AS euros FROM prices;

CREATE TABLE events (
    at timestamptz NOT NULL,
    day date NOT NULL,
    what text
) PARTITION BY RANGE (at);
CREATE TABLE events_2024_01 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2024-02-01');
CREATE TABLE events_2024_02 PARTITION OF events FOR VALUES FROM ('2024-02-01 00:00:00+00') TO ('2024-03-01 01:00:00+01');

CREATE TABLE visits (
    day date NOT NULL,
    at timestamp NOT NULL
) PARTITION BY RANGE (day, at);
CREATE TABLE visits_2024 PARTITION OF visits FOR VALUES FROM ('2024-01-01', '2024-01-01') TO ('2025-01-01', '2025-01-01 00:00');

-- A function whose return type changes is dropped and created again (CREATE OR REPLACE cannot
-- change it): the view and the SQL-language function that call it are dropped first and
-- created again after; `RETURNS int` and `RETURNS integer` are the same type (no change).
CREATE TABLE prices (id bigint PRIMARY KEY, cents integer NOT NULL);

CREATE FUNCTION to_euros(c integer) RETURNS numeric LANGUAGE sql IMMUTABLE
    RETURN c / 100.0;
CREATE FUNCTION doubled(i integer) RETURNS integer LANGUAGE sql IMMUTABLE
    RETURN i * 2;
CREATE FUNCTION with_vat(c integer) RETURNS numeric LANGUAGE sql IMMUTABLE
    RETURN to_euros(c) * 1.2;

CREATE VIEW price_list AS SELECT id, to_euros(cents) AS euros FROM prices;

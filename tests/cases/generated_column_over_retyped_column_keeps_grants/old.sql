-- A generated column over a retyped column is dropped and added again (PostgreSQL cannot
-- change a column's type under a generation expression): its column privileges go with the
-- DROP COLUMN and are granted again after, as each side has them; one granted only in the new
-- schema, and a grant option taken away, are steps of their own.
CREATE TABLE t (
    id integer PRIMARY KEY,
    a integer NOT NULL,
    g integer GENERATED ALWAYS AS (a * 2) STORED
);
GRANT SELECT (g) ON t TO gen_app_reader;
GRANT SELECT (g), UPDATE (a) ON t TO gen_app_writer WITH GRANT OPTION;

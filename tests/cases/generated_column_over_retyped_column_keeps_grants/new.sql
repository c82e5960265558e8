CREATE TABLE t (
    id integer PRIMARY KEY,
    a bigint NOT NULL,
    g integer GENERATED ALWAYS AS (a * 2) STORED
);
GRANT SELECT (g) ON t TO gen_app_reader;
GRANT SELECT (g) ON t TO gen_app_writer;
GRANT UPDATE (a) ON t TO gen_app_writer WITH GRANT OPTION;
GRANT REFERENCES (g) ON t TO gen_app_reader;

-- A generation expression that changes is a DROP COLUMN and ADD COLUMN (PostgreSQL before 17
-- cannot alter it): the index, constraint and comments on the column come back with it.
CREATE TABLE t (
    id integer PRIMARY KEY,
    a integer NOT NULL,
    g integer GENERATED ALWAYS AS (a * 3) STORED,
    CONSTRAINT t_g_positive CHECK (g >= 0)
);
CREATE INDEX t_g ON t (g) WHERE g > 0;
COMMENT ON COLUMN t.g IS 'derived';
COMMENT ON CONSTRAINT t_g_positive ON t IS 'never negative';

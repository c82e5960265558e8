-- PostgreSQL cannot change a column's type under a generation expression that reads it: the
-- generated columns over it are dropped first and added again after, with the indexes,
-- constraints and comments that went with them; a new generated column over a retyped column
-- is added by that column's step (graphile-worker's jobs.is_available over attempts and
-- max_attempts showed it).
CREATE TABLE t (
    id integer PRIMARY KEY,
    a integer NOT NULL,
    g integer GENERATED ALWAYS AS (a * 2) STORED,
    CONSTRAINT t_g_positive CHECK (g >= 0)
);
CREATE INDEX t_g ON t (g) WHERE g > 0;
COMMENT ON COLUMN t.g IS 'twice a';
COMMENT ON INDEX t_g IS 'positive doubles';

CREATE TABLE jobs (
    id integer PRIMARY KEY,
    attempts bigint NOT NULL DEFAULT 0,
    max_attempts bigint NOT NULL DEFAULT 25,
    locked_at timestamptz
);

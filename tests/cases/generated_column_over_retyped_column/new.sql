CREATE TABLE t (
    id integer PRIMARY KEY,
    a bigint NOT NULL,
    g integer GENERATED ALWAYS AS (a * 2) STORED,
    CONSTRAINT t_g_positive CHECK (g >= 0)
);
CREATE INDEX t_g ON t (g) WHERE g > 0;
COMMENT ON COLUMN t.g IS 'twice a';
COMMENT ON INDEX t_g IS 'positive doubles';

CREATE TABLE jobs (
    id integer PRIMARY KEY,
    attempts smallint NOT NULL DEFAULT 0,
    max_attempts smallint NOT NULL DEFAULT 25,
    locked_at timestamptz,
    is_available boolean GENERATED ALWAYS AS (locked_at IS NULL AND attempts < max_attempts) STORED NOT NULL
);
CREATE INDEX jobs_available ON jobs (id) WHERE is_available;

CREATE TABLE job (
    id integer PRIMARY KEY,
    name text COLLATE "C" NOT NULL DEFAULT 'job' CHECK (name <> ''),
    level integer UNIQUE,
    doubled integer GENERATED ALWAYS AS (level * 2) STORED,
    CONSTRAINT job_level_positive CHECK (level > 0)
);
CREATE INDEX job_lower ON job (lower(name));
CREATE INDEX ON job (level, name) WHERE level > 3;
COMMENT ON COLUMN job.name IS 'what the job is called';
COMMENT ON CONSTRAINT job_level_positive ON job IS 'levels start at 1';
COMMENT ON INDEX job_lower IS 'case-blind lookups';

-- now with the defaults, and a column of its own
CREATE TABLE job_history (LIKE job INCLUDING DEFAULTS, archived_at timestamptz);
CREATE TABLE job_copy (before integer, LIKE job INCLUDING ALL, after integer);
-- indexes and comments, not the CHECKs
CREATE TABLE job_keys (
    LIKE job INCLUDING INDEXES INCLUDING COMMENTS EXCLUDING CONSTRAINTS,
    CONSTRAINT job_keys_id_positive CHECK (id > 0)
);
-- everything but the indexes, after a column of its own
CREATE TABLE job_checks (q integer, LIKE job INCLUDING ALL EXCLUDING INDEXES);

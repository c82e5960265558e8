-- LIKE copies a table's columns (names, types, collations, NOT NULL) where it stands, and what
-- its INCLUDING options ask for; PostgreSQL names the copied keys and indexes for the new table.
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

-- columns only (bacula's `CREATE TABLE JobHisto (LIKE Job)`)
CREATE TABLE job_history (LIKE job);
CREATE TABLE job_copy (before integer, LIKE job INCLUDING ALL, after integer);

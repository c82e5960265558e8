-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - create table public.job_checks
--   - create table public.job_keys
--   - add column public.job_history.archived_at
--   - alter column public.job_history.name
--   - create index public.job_keys_level_name_idx
--   - create index public.job_keys_lower_idx
--   - set comments
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.job_history, brief: no rewrite (PostgreSQL 11+)
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.job_history, brief

SET LOCAL lock_timeout = '5s';

CREATE TABLE public.job_checks (
    q integer,
    id integer NOT NULL,
    name text COLLATE "C" DEFAULT 'job' NOT NULL,
    level integer,
    doubled integer GENERATED ALWAYS AS (level * 2) STORED,
    CONSTRAINT job_level_positive CHECK (level > 0),
    CONSTRAINT job_name_check CHECK (name <> '')
);

CREATE TABLE public.job_keys (
    id integer NOT NULL,
    name text COLLATE "C" NOT NULL,
    level integer,
    doubled integer,
    CONSTRAINT job_keys_id_positive CHECK (id > 0),
    CONSTRAINT job_keys_level_key UNIQUE (level),
    CONSTRAINT job_keys_pkey PRIMARY KEY (id)
);

ALTER TABLE public.job_history ADD COLUMN archived_at timestamp with time zone;

ALTER TABLE public.job_history ALTER COLUMN name SET DEFAULT 'job';

CREATE INDEX job_keys_level_name_idx ON public.job_keys USING btree (level, name) WHERE level > 3;

CREATE INDEX job_keys_lower_idx ON public.job_keys USING btree ((lower(name)));

COMMENT ON COLUMN public.job_checks.name IS 'what the job is called';

COMMENT ON COLUMN public.job_keys.name IS 'what the job is called';

COMMENT ON CONSTRAINT job_level_positive ON public.job_checks IS 'levels start at 1';

COMMENT ON INDEX public.job_keys_lower_idx IS 'case-blind lookups';

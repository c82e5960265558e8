-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - alter column public.jobs.attempts
--   - alter column public.jobs.max_attempts
--   - alter column public.t.a
--
-- Hazards (locks, rewrites, scans):
--   - [table-rewrite] ACCESS EXCLUSIVE lock on public.jobs while the table and its indexes are rewritten (bigint -> smallint)
--   - [table-rewrite] ACCESS EXCLUSIVE lock on public.t while the table and its indexes are rewritten (integer -> bigint)

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.jobs DROP COLUMN IF EXISTS is_available;

ALTER TABLE public.jobs ALTER COLUMN attempts DROP DEFAULT;

ALTER TABLE public.jobs ALTER COLUMN attempts TYPE smallint USING attempts::smallint;

ALTER TABLE public.jobs ALTER COLUMN attempts SET DEFAULT 0;

ALTER TABLE public.jobs ADD COLUMN is_available boolean GENERATED ALWAYS AS (locked_at IS NULL AND attempts < max_attempts) STORED NOT NULL;

ALTER TABLE public.jobs DROP COLUMN IF EXISTS is_available;

ALTER TABLE public.jobs ALTER COLUMN max_attempts DROP DEFAULT;

ALTER TABLE public.jobs ALTER COLUMN max_attempts TYPE smallint USING max_attempts::smallint;

ALTER TABLE public.jobs ALTER COLUMN max_attempts SET DEFAULT 25;

ALTER TABLE public.jobs ADD COLUMN is_available boolean GENERATED ALWAYS AS (locked_at IS NULL AND attempts < max_attempts) STORED NOT NULL;

ALTER TABLE public.t DROP COLUMN IF EXISTS g;

ALTER TABLE public.t ALTER COLUMN a TYPE bigint USING a::bigint;

ALTER TABLE public.t ADD COLUMN g integer GENERATED ALWAYS AS (a * 2) STORED;

ALTER TABLE public.t ADD CONSTRAINT t_g_positive CHECK (g >= 0);

CREATE INDEX t_g ON public.t USING btree (g) WHERE g > 0;

COMMENT ON INDEX public.t_g IS 'positive doubles';

COMMENT ON COLUMN public.t.g IS 'twice a';

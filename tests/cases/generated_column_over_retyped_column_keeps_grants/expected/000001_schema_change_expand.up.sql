-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - alter column public.t.a
--   - grant REFERENCES on column public.t.g to gen_app_reader
--
-- Hazards (locks, rewrites, scans):
--   - [table-rewrite] ACCESS EXCLUSIVE lock on public.t while the table and its indexes are rewritten (integer -> bigint)
--
-- Before the next phase:
--   Deploy the application version that no longer reads or writes what the contract phase removes or tightens, then run the contract files.

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.t DROP COLUMN IF EXISTS g;

ALTER TABLE public.t ALTER COLUMN a TYPE bigint USING a::bigint;

ALTER TABLE public.t ADD COLUMN g integer GENERATED ALWAYS AS (a * 2) STORED;

GRANT REFERENCES (g) ON TABLE public.t TO gen_app_reader;

GRANT SELECT (g) ON TABLE public.t TO gen_app_reader;

GRANT SELECT (g) ON TABLE public.t TO gen_app_writer;

GRANT REFERENCES (g) ON TABLE public.t TO gen_app_reader;

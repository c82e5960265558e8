-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - change the generated expression of public.t.g
--
-- Hazards (locks, rewrites, scans):
--   - [table-rewrite] ACCESS EXCLUSIVE lock on public.t while the table is rewritten

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.t DROP COLUMN g;

ALTER TABLE public.t ADD COLUMN g integer GENERATED ALWAYS AS (a * 3) STORED;

ALTER TABLE public.t ADD CONSTRAINT t_g_positive CHECK (g >= 0);

COMMENT ON CONSTRAINT t_g_positive ON public.t IS 'never negative';

CREATE INDEX t_g ON public.t USING btree (g) WHERE g > 0;

COMMENT ON COLUMN public.t.g IS 'derived';

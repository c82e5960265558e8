-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - create table public.job_checks
--   - create table public.job_keys
--   - add column public.job_history.archived_at
--   - alter column public.job_history.name
--   - create index public.job_keys_level_name_idx
--   - create index public.job_keys_lower_idx
--   - set comments

SET LOCAL lock_timeout = '5s';

COMMENT ON INDEX public.job_keys_lower_idx IS NULL;

COMMENT ON CONSTRAINT job_level_positive ON public.job_checks IS NULL;

COMMENT ON COLUMN public.job_keys.name IS NULL;

COMMENT ON COLUMN public.job_checks.name IS NULL;

DROP INDEX public.job_keys_lower_idx;

DROP INDEX public.job_keys_level_name_idx;

ALTER TABLE public.job_history ALTER COLUMN name DROP DEFAULT;

ALTER TABLE public.job_history DROP COLUMN archived_at;

DROP TABLE public.job_keys;

DROP TABLE public.job_checks;

-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - create function public.valid_tags(tags jsonb)
--   - create table public.jobs
--   - create function public.job_state(job jobs)
--   - create function public.jobs_in(state text)

SET LOCAL lock_timeout = '5s';

DROP FUNCTION public.jobs_in(state text);

DROP FUNCTION public.job_state(job jobs);

DROP TABLE public.jobs;

DROP FUNCTION public.valid_tags(tags jsonb);

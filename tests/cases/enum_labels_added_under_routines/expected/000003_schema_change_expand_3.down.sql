-- 000003_schema_change_expand_3.down.sql
-- Reverts 000003_schema_change_expand_3.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - create trigger jobs_changed on public.jobs
--   - create trigger jobs_notify on public.jobs

SET LOCAL lock_timeout = '5s';

DROP TRIGGER jobs_notify ON public.jobs;

DROP TRIGGER jobs_changed ON public.jobs;

DROP FUNCTION public.is_done(s st);

DROP FUNCTION public.finish(job bigint, s st);

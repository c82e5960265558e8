-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - grant EXECUTE on ROUTINE public.is_done(s st) to PUBLIC
--   - drop trigger jobs_changed on public.jobs (to create it again)
--   - drop trigger jobs_notify on public.jobs (to create it again)
--   - drop function public.done_count()
--   - drop function public.finish(job bigint, s st)
--   - drop function public.is_done(s st)
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.jobs, brief
--   - [breaks-old-app] the running application can no longer call public.done_count()
--   - [breaks-old-app] the running application can no longer call public.finish(job bigint, s st)
--   - [breaks-old-app] the running application can no longer call public.is_done(s st)

SET LOCAL lock_timeout = '5s';

DROP TRIGGER jobs_changed ON public.jobs;

DROP TRIGGER jobs_notify ON public.jobs;

DROP FUNCTION public.done_count();

DROP FUNCTION public.finish(job bigint, s st);

DROP FUNCTION public.is_done(s st);

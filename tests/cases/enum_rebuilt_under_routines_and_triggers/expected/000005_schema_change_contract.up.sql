-- 000005_schema_change_contract.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - drop trigger jobs_changed on public.jobs (to create it again)
--   - drop trigger jobs_notify on public.jobs (to create it again)
--   - swap gen_new_status in for status on public.jobs
--   - drop function public.finish(job bigint, s st)
--   - drop function public.is_done(s st)
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.jobs, brief
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.jobs, brief: the prepared columns, indexes and validated NOT NULL checks are swapped in, CHECKs and foreign keys re-added NOT VALID
--   - [lossy-down] the down converts status back in place: it rewrites public.jobs under ACCESS EXCLUSIVE
--   - [breaks-old-app] the running application can no longer call public.finish(job bigint, s st)
--   - [breaks-old-app] the running application can no longer call public.is_done(s st)

SET LOCAL lock_timeout = '5s';

DROP TRIGGER jobs_changed ON public.jobs;

DROP TRIGGER jobs_notify ON public.jobs;

DROP TRIGGER gen_sync_jobs ON public.jobs;

DROP FUNCTION public.gen_sync_jobs();

ALTER TABLE public.jobs DROP COLUMN status;

ALTER TABLE public.jobs RENAME COLUMN gen_new_status TO status;

ALTER TABLE public.jobs ALTER COLUMN status SET DEFAULT 'todo';

ALTER TABLE public.jobs ALTER COLUMN status SET NOT NULL;

ALTER TABLE public.jobs DROP CONSTRAINT jobs_gen_new_status_not_null;

DROP FUNCTION public.finish(job bigint, s st);

DROP FUNCTION public.is_done(s st);

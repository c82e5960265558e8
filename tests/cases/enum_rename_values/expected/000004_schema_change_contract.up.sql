-- 000004_schema_change_contract.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - swap note in for Old Note on public.tasks
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.tasks, brief: the prepared columns, indexes and validated NOT NULL checks are swapped in, CHECKs and foreign keys re-added NOT VALID
--   - [lossy-down] the down converts note back in place: it rewrites public.tasks under ACCESS EXCLUSIVE

SET LOCAL lock_timeout = '5s';

DROP TRIGGER gen_sync_tasks ON public.tasks;

DROP FUNCTION public.gen_sync_tasks();

ALTER TABLE public.tasks DROP COLUMN "Old Note";

-- 000007_schema_change_contract_3.down.sql
-- Reverts 000007_schema_change_contract_3.up.sql.
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Undoes:
--   - create function public.finish(job bigint, s st)
--   - create function public.is_done(s st)
--   - create function public.done_count()
--   - create trigger jobs_changed on public.jobs
--   - create trigger jobs_notify on public.jobs
--   - revoke EXECUTE on ROUTINE public.is_done(s st) from PUBLIC

SET LOCAL lock_timeout = '5s';

GRANT EXECUTE ON ROUTINE public.is_done(s st) TO PUBLIC;

DROP TRIGGER jobs_notify ON public.jobs;

DROP TRIGGER jobs_changed ON public.jobs;

DROP FUNCTION public.done_count();

DROP FUNCTION public.is_done(s st);

DROP FUNCTION public.finish(job bigint, s st);

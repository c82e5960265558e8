-- 000005_schema_change_contract.down.sql
-- Reverts 000005_schema_change_contract.up.sql.
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Undoes:
--   - drop trigger jobs_changed on public.jobs (to create it again)
--   - drop trigger jobs_notify on public.jobs (to create it again)
--   - swap gen_new_status in for status on public.jobs
--   - drop function public.finish(job bigint, s st)
--   - drop function public.is_done(s st)

SET LOCAL lock_timeout = '5s';

CREATE OR REPLACE FUNCTION is_done(s st) RETURNS boolean LANGUAGE sql AS $$ SELECT s = 'done' $$;

CREATE OR REPLACE FUNCTION finish(job bigint, s st) RETURNS void LANGUAGE plpgsql AS $$ BEGIN UPDATE jobs SET status = s WHERE id = job; END $$;

COMMENT ON FUNCTION public.finish(job bigint, s st) IS 'fin';

ALTER TABLE public.jobs ALTER COLUMN status DROP DEFAULT;

ALTER TABLE public.jobs ALTER COLUMN status TYPE public.st USING status::text::public.st;

ALTER TABLE public.jobs ALTER COLUMN status SET DEFAULT 'todo';

CREATE TRIGGER jobs_notify AFTER INSERT ON jobs FOR EACH ROW WHEN ((new.status = 'todo'::st)) EXECUTE PROCEDURE notify();

CREATE TRIGGER jobs_changed AFTER UPDATE OF status ON jobs FOR EACH ROW EXECUTE PROCEDURE notify();

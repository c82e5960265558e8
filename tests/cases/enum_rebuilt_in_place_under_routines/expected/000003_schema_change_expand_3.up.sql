-- 000003_schema_change_expand_3.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - create function public.finish(job bigint, s st)
--   - create function public.is_done(s st)
--   - create function public.done_count()
--   - create trigger jobs_changed on public.jobs
--   - create trigger jobs_notify on public.jobs
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] SHARE ROW EXCLUSIVE lock on public.jobs, brief
--
-- Before the next phase:
--   Deploy the application version that no longer reads or writes what the contract phase removes or tightens, then run the contract files.

SET LOCAL lock_timeout = '5s';

CREATE FUNCTION finish(job bigint, s st) RETURNS void LANGUAGE plpgsql AS $$ BEGIN UPDATE jobs SET status = s WHERE id = job; END $$;

COMMENT ON FUNCTION public.finish(job bigint, s st) IS 'fin';

CREATE FUNCTION is_done(s st) RETURNS boolean LANGUAGE sql AS $$ SELECT s = 'done' $$;

CREATE FUNCTION done_count() RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM jobs WHERE is_done(status) $$;

CREATE TRIGGER jobs_changed AFTER UPDATE OF status ON jobs FOR EACH ROW EXECUTE PROCEDURE notify();

CREATE TRIGGER jobs_notify AFTER INSERT ON jobs FOR EACH ROW WHEN ((new.status = 'todo'::st)) EXECUTE PROCEDURE notify();

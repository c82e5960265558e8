-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - grant EXECUTE on ROUTINE public.is_done(s st) to PUBLIC
--   - drop trigger jobs_changed on public.jobs (to create it again)
--   - drop trigger jobs_notify on public.jobs (to create it again)
--   - drop function public.done_count()
--   - drop function public.finish(job bigint, s st)
--   - drop function public.is_done(s st)

SET LOCAL lock_timeout = '5s';

CREATE OR REPLACE FUNCTION is_done(s st) RETURNS boolean LANGUAGE sql AS $$ SELECT s = 'done' $$;

CREATE OR REPLACE FUNCTION finish(job bigint, s st) RETURNS void LANGUAGE plpgsql AS $$ BEGIN UPDATE jobs SET status = s WHERE id = job; END $$;

COMMENT ON FUNCTION public.finish(job bigint, s st) IS 'fin';

CREATE OR REPLACE FUNCTION done_count() RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM jobs WHERE is_done(status) $$;

CREATE TRIGGER jobs_notify AFTER INSERT ON jobs FOR EACH ROW WHEN ((new.status = 'todo'::st)) EXECUTE PROCEDURE notify();

CREATE TRIGGER jobs_changed AFTER UPDATE OF status ON jobs FOR EACH ROW EXECUTE PROCEDURE notify();

REVOKE EXECUTE ON ROUTINE public.is_done(s st) FROM PUBLIC;

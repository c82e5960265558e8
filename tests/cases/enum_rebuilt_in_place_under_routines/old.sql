-- As enum_rebuilt_under_routines_and_triggers, on a small table: the column is converted in
-- place, in expand.
CREATE TYPE st AS ENUM ('todo', 'doing', 'done', 'gone');
-- @rows 10
CREATE TABLE jobs (id int PRIMARY KEY, status st NOT NULL DEFAULT 'todo');
CREATE FUNCTION notify() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER jobs_notify AFTER INSERT ON jobs FOR EACH ROW WHEN ((new.status = 'todo'::st)) EXECUTE PROCEDURE notify();
CREATE TRIGGER jobs_changed AFTER UPDATE OF status ON jobs FOR EACH ROW EXECUTE PROCEDURE notify();
CREATE FUNCTION finish(job bigint, s st) RETURNS void LANGUAGE plpgsql AS $$ BEGIN UPDATE jobs SET status = s WHERE id = job; END $$;
CREATE FUNCTION is_done(s st) RETURNS boolean LANGUAGE sql AS $$ SELECT s = 'done' $$;
CREATE FUNCTION done_count() RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM jobs WHERE is_done(status) $$;
GRANT EXECUTE ON FUNCTION finish(bigint, st) TO PUBLIC; REVOKE EXECUTE ON FUNCTION is_done(st) FROM PUBLIC; COMMENT ON FUNCTION finish(bigint, st) IS 'fin';

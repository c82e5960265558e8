-- Labels only added to an enum in the signatures of functions: the up adds them in place; the
-- down rebuilds the type, so there the functions are dropped first and created again after,
-- with their privileges and comments (procrastinate 2.5 -> 2.10).
CREATE TYPE st AS ENUM ('todo', 'doing', 'done');
CREATE TABLE jobs (id int PRIMARY KEY, status st NOT NULL DEFAULT 'todo');
CREATE FUNCTION notify() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER jobs_notify AFTER INSERT ON jobs FOR EACH ROW WHEN ((new.status = 'todo'::st)) EXECUTE PROCEDURE notify();
CREATE TRIGGER jobs_changed AFTER UPDATE OF status ON jobs FOR EACH ROW EXECUTE PROCEDURE notify();
CREATE FUNCTION finish(job bigint, s st) RETURNS void LANGUAGE plpgsql AS $$ BEGIN UPDATE jobs SET status = s WHERE id = job; END $$;
CREATE FUNCTION is_done(s st) RETURNS boolean LANGUAGE sql AS $$ SELECT s = 'done' $$;
CREATE FUNCTION done_count() RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM jobs WHERE is_done(status) $$;
GRANT EXECUTE ON FUNCTION finish(bigint, st) TO PUBLIC; REVOKE EXECUTE ON FUNCTION is_done(st) FROM PUBLIC; COMMENT ON FUNCTION finish(bigint, st) IS 'fin';

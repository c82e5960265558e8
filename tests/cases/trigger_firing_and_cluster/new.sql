-- firing states and CLUSTER marks, as pg_dump writes them: a trigger disabled, one enabled
-- ALWAYS, a new trigger created disabled; the CLUSTER mark moved to another index, set on a
-- new table, and kept on an index that is built again (its definition changes)
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END
$$;

CREATE TABLE events (
    id bigint PRIMARY KEY,
    kind text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz
);
CREATE INDEX events_created_idx ON events (created_at);
CREATE INDEX events_kind_idx ON events (kind);
ALTER TABLE events CLUSTER ON events_created_idx;

CREATE TRIGGER events_touch BEFORE UPDATE ON events FOR EACH ROW EXECUTE FUNCTION touch();
CREATE TRIGGER events_audit AFTER INSERT ON events FOR EACH ROW EXECUTE FUNCTION touch();
CREATE TRIGGER events_replica BEFORE INSERT ON events FOR EACH ROW EXECUTE FUNCTION touch();
ALTER TABLE ONLY events DISABLE TRIGGER events_touch;
ALTER TABLE ONLY events ENABLE ALWAYS TRIGGER events_audit;
ALTER TABLE ONLY events ENABLE REPLICA TRIGGER events_replica;

CREATE TABLE notes (id bigint PRIMARY KEY, body text);
CREATE INDEX notes_body_idx ON notes (body, id);
ALTER TABLE notes CLUSTER ON notes_body_idx;

CREATE TABLE tags (id bigint PRIMARY KEY, name text);
ALTER TABLE ONLY tags CLUSTER ON tags_pkey;

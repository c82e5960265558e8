-- Rules (CREATE RULE ... ON event TO table DO ...): kept as written, ordered after what their
-- actions name, dropped and created again when they change.
CREATE TABLE audit_log (
    id bigserial PRIMARY KEY,
    table_name text NOT NULL,
    row_id bigint NOT NULL
);

-- new: the changed rule writes here, so it is created after this table
CREATE TABLE deletions (
    id bigserial PRIMARY KEY,
    table_name text NOT NULL,
    row_id bigint NOT NULL,
    deleted_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE posts (
    id bigserial PRIMARY KEY,
    title text NOT NULL
);

CREATE TABLE tags (
    id bigserial PRIMARY KEY,
    name varchar(100) NOT NULL
);

-- a rule reading a column whose type changes is dropped before the change, created after it
CREATE RULE keep_named AS ON UPDATE TO tags WHERE new.name = '' DO INSTEAD NOTHING;

-- changed: another table
CREATE RULE log_delete AS ON DELETE TO posts
    DO ALSO INSERT INTO deletions (table_name, row_id) VALUES ('posts', old.id);
COMMENT ON RULE log_delete ON posts IS 'keeps deleted post ids';

-- new, with a condition
CREATE RULE log_retitle AS ON UPDATE TO posts WHERE new.title <> old.title
    DO ALSO INSERT INTO audit_log (table_name, row_id) VALUES ('posts', new.id);

-- no_tag_delete is gone; forget_history stays (written another way, the same rule), but
-- audit_log.row_id, which it reads, changes type through a shadow column: it is created again
CREATE RULE forget_history AS ON DELETE TO tags DO (
    DELETE FROM public.audit_log WHERE ((audit_log.row_id = old.id) AND (audit_log.table_name = 'tags'::text));
    DELETE FROM public.audit_log WHERE (audit_log.table_name = 'tag_history'::text);
);

-- Rules (CREATE RULE ... ON event TO table DO ...): kept as written, ordered after what their
-- actions name, dropped and created again when they change.
CREATE TABLE audit_log (
    id bigserial PRIMARY KEY,
    table_name text NOT NULL,
    row_id integer NOT NULL
);

CREATE TABLE posts (
    id bigserial PRIMARY KEY,
    title text NOT NULL
);

CREATE TABLE tags (
    id bigserial PRIMARY KEY,
    name varchar(50) NOT NULL
);

-- a rule reading a column whose type changes is dropped before the change, created after it
CREATE RULE keep_named AS ON UPDATE TO tags WHERE new.name = '' DO INSTEAD NOTHING;

CREATE RULE log_delete AS ON DELETE TO posts
    DO ALSO INSERT INTO audit_log (table_name, row_id) VALUES ('posts', old.id);

CREATE RULE no_tag_delete AS ON DELETE TO tags DO INSTEAD NOTHING;
COMMENT ON RULE no_tag_delete ON tags IS 'tags are never deleted';

-- as pg_dump writes a rule of several actions
CREATE RULE forget_history AS
    ON DELETE TO public.tags DO ( DELETE FROM public.audit_log
  WHERE ((audit_log.row_id = old.id) AND (audit_log.table_name = 'tags'::text));
 DELETE FROM public.audit_log
  WHERE (audit_log.table_name = 'tag_history'::text);
);

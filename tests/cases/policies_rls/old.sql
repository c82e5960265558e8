-- Row-level security: enabled and forced, policies created, altered (roles, USING), rebuilt
-- (command changes; a column they read changes type) and dropped.
CREATE TABLE documents (
    id bigint PRIMARY KEY,
    owner text NOT NULL,
    tenant integer NOT NULL,
    body text
);
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;

CREATE POLICY owner_reads ON documents FOR SELECT TO gen_app_reader USING (owner = current_user);
CREATE POLICY tenant_writes ON documents FOR INSERT TO gen_app_writer WITH CHECK (tenant > 0);
CREATE POLICY legacy ON documents USING (true);

CREATE TABLE notes (id int PRIMARY KEY, author text);

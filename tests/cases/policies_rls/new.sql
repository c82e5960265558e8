CREATE TABLE documents (
    id bigint PRIMARY KEY,
    owner text NOT NULL,
    tenant bigint NOT NULL,
    body text
);
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
ALTER TABLE documents FORCE ROW LEVEL SECURITY;

CREATE POLICY owner_reads ON documents FOR SELECT TO gen_app_reader, gen_app_writer
    USING (owner = current_user OR owner = 'shared');
CREATE POLICY tenant_writes ON documents FOR UPDATE TO gen_app_writer USING (tenant > 0);

-- @rows 100
CREATE TABLE notes (id int PRIMARY KEY, author text);
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY authors ON notes AS RESTRICTIVE USING (author = current_user);

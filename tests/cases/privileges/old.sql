-- Privileges: table, column, sequence, schema, function and type grants added and revoked, a
-- grant option added, PUBLIC's default EXECUTE revoked, default privileges, and a view that is
-- rebuilt (its definition changes) keeps its grants. A dropped table takes its grants along.
CREATE SCHEMA reporting;
CREATE TABLE accounts (id bigint PRIMARY KEY, email text, balance integer);
CREATE SEQUENCE invoice_numbers;
CREATE VIEW account_emails AS SELECT id, email FROM accounts;
CREATE FUNCTION add_one(i integer) RETURNS integer LANGUAGE sql IMMUTABLE RETURN i + 1;
CREATE TYPE tier AS ENUM ('free', 'pro');
CREATE TABLE old_audit (id int PRIMARY KEY);

GRANT SELECT ON accounts TO gen_app_reader;
GRANT SELECT, INSERT ON TABLE accounts TO gen_app_writer;
GRANT SELECT ON account_emails TO gen_app_reader;
GRANT ALL ON old_audit TO gen_app_writer;
GRANT USAGE ON SCHEMA reporting TO gen_app_reader;

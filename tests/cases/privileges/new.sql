CREATE SCHEMA reporting;
CREATE TABLE accounts (id bigint PRIMARY KEY, email text, balance integer);
CREATE SEQUENCE invoice_numbers;
CREATE VIEW account_emails AS SELECT id, email, balance FROM accounts;
CREATE FUNCTION add_one(i integer) RETURNS integer LANGUAGE sql IMMUTABLE RETURN i + 1;
CREATE TYPE tier AS ENUM ('free', 'pro');

GRANT SELECT ON accounts TO gen_app_reader WITH GRANT OPTION;
GRANT SELECT ON TABLE accounts TO gen_app_writer;
GRANT UPDATE (email) ON accounts TO gen_app_writer;
GRANT SELECT ON account_emails TO gen_app_reader;
GRANT USAGE, SELECT ON SEQUENCE invoice_numbers TO gen_app_writer;
GRANT USAGE, CREATE ON SCHEMA reporting TO gen_app_reader;
REVOKE EXECUTE ON FUNCTION add_one(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION add_one(integer) TO gen_app_writer;
REVOKE USAGE ON TYPE tier FROM PUBLIC;
ALTER DEFAULT PRIVILEGES IN SCHEMA reporting GRANT SELECT ON TABLES TO gen_app_reader;

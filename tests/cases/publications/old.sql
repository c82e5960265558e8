-- Publications (logical replication): database-wide names, tables listed or implied.
CREATE TABLE accounts (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE invoices (id bigint PRIMARY KEY, account_id bigint NOT NULL, total numeric NOT NULL);
CREATE TABLE audit_old (id bigint PRIMARY KEY, note text);

CREATE PUBLICATION billing FOR TABLE accounts, audit_old;
CREATE PUBLICATION inserts_only FOR ALL TABLES WITH (publish = 'insert');
COMMENT ON PUBLICATION billing IS 'to the warehouse';

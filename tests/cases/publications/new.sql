-- Publications (logical replication): database-wide names, tables listed or implied.
CREATE TABLE accounts (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE invoices (id bigint PRIMARY KEY, account_id bigint NOT NULL, total numeric NOT NULL);

-- as pg_dump writes it: options spelled out, tables added one by one
CREATE PUBLICATION billing WITH (publish = 'insert, update, delete, truncate');
ALTER PUBLICATION billing ADD TABLE ONLY public.accounts;
ALTER PUBLICATION billing ADD TABLE ONLY public.invoices;
COMMENT ON PUBLICATION billing IS 'to the warehouse';

CREATE PUBLICATION inserts_only FOR ALL TABLES WITH (publish = 'insert');

CREATE SCHEMA reporting;
CREATE TABLE reporting.daily (day date PRIMARY KEY, total numeric NOT NULL);
CREATE PUBLICATION reports FOR TABLES IN SCHEMA reporting WITH (publish_via_partition_root = true);

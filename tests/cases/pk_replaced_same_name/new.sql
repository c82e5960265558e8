-- The primary key keeps its name (accounts_pkey) but gains a column: the new index is built
-- concurrently under a free name and attached in place of the old key; the FK that rested on
-- the old key is dropped first and re-added on the new one.
CREATE TABLE accounts (
    id bigint NOT NULL,
    tenant_id integer NOT NULL,
    name text,
    PRIMARY KEY (tenant_id, id)
);
CREATE TABLE members (
    id bigint PRIMARY KEY,
    tenant_id integer,
    account_id bigint,
    FOREIGN KEY (tenant_id, account_id) REFERENCES accounts (tenant_id, id)
);

CREATE TABLE accounts (
    id bigint PRIMARY KEY,
    tenant_id integer NOT NULL,
    name text
);
CREATE TABLE members (
    id bigint PRIMARY KEY,
    tenant_id integer,
    account_id bigint REFERENCES accounts (id)
);

CREATE TABLE accounts (
    id integer NOT NULL,
    email text NOT NULL,
    tenant integer
);
CREATE UNIQUE INDEX accounts_id_idx ON accounts (id);
CREATE UNIQUE INDEX accounts_email_idx ON accounts (email) INCLUDE (tenant);

CREATE TABLE accounts (
    id integer NOT NULL,
    email text NOT NULL,
    tenant integer
);
CREATE UNIQUE INDEX accounts_id_idx ON accounts (id);
CREATE UNIQUE INDEX accounts_email_idx ON accounts (email) INCLUDE (tenant);
-- as pg_dump and pg-schema-diff write them: the index becomes the constraint's, renamed
ALTER TABLE accounts ADD CONSTRAINT accounts_pkey PRIMARY KEY USING INDEX accounts_id_idx;
-- without a constraint name the constraint takes the index's name
ALTER TABLE accounts ADD UNIQUE USING INDEX accounts_email_idx;

-- Rewriting type changes on tables of unknown size go through shadow columns: a trigger keeps
-- them in sync with the old application's writes (during.sql), a batched copy fills the rest,
-- and one short transaction swaps them in. Everything on the columns is carried over: the serial
-- sequence, defaults, NOT NULL, the primary key and a two-column unique constraint (rebuilt
-- concurrently and attached), partial and expression indexes, CHECKs, the column's own foreign
-- key and the foreign keys of other tables that reference it, and comments.
CREATE TABLE owners (
    id integer PRIMARY KEY,
    name text
);

CREATE TABLE accounts (
    id serial PRIMARY KEY,
    owner_id integer NOT NULL REFERENCES owners (id),
    code integer NOT NULL DEFAULT 7 CHECK (code >= 0),
    email text,
    CONSTRAINT accounts_code_email_key UNIQUE (code, email)
);
COMMENT ON COLUMN accounts.code IS 'the code';
CREATE INDEX accounts_big_codes ON accounts (code) WHERE code > 100;
CREATE INDEX accounts_code_digit ON accounts ((code % 10), lower(email));

CREATE TABLE transfers (
    id integer PRIMARY KEY,
    account_id integer REFERENCES accounts (id) ON DELETE CASCADE
);

CREATE TABLE owners (
    id integer PRIMARY KEY,
    name text
);

CREATE TABLE accounts (
    id bigserial PRIMARY KEY,
    owner_id bigint NOT NULL REFERENCES owners (id),
    code bigint NOT NULL DEFAULT 8 CHECK (code >= 0),
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

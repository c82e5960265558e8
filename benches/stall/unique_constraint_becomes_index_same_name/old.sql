CREATE TABLE owners (
    id bigint PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE accounts (
    id bigint PRIMARY KEY,
    owner_id bigint NOT NULL,
    email text NOT NULL,
    balance integer NOT NULL DEFAULT 0,
    note text,
    updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX accounts_owner_idx ON accounts (owner_id);

ALTER TABLE accounts ADD CONSTRAINT accounts_email_key UNIQUE (email);

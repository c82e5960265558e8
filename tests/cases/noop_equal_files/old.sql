CREATE TYPE ticket_priority AS ENUM ('low', 'normal', 'high');

CREATE TABLE accounts (
    id integer PRIMARY KEY,
    name character varying(100) NOT NULL,
    plan text NOT NULL DEFAULT 'free'::text,
    balance numeric(12,2) NOT NULL DEFAULT (0),
    created_at timestamp with time zone NOT NULL DEFAULT now(),
    UNIQUE (name)
);

CREATE TABLE tickets (
    id bigint NOT NULL,
    account_id integer NOT NULL,
    priority ticket_priority NOT NULL DEFAULT 'normal',
    subject varchar(200) NOT NULL DEFAULT '',
    retries smallint NOT NULL DEFAULT 0,
    tags text[] NOT NULL DEFAULT '{}',
    CONSTRAINT tickets_pkey PRIMARY KEY (id),
    FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE,
    CHECK (retries >= 0)
);

CREATE INDEX tickets_account_id_idx ON tickets USING btree (account_id);

-- Indexes and constraints renamed with `-- @renamed from=OLD`: renamed in place (ALTER INDEX
-- RENAME takes SHARE UPDATE EXCLUSIVE; a constraint rename is a brief catalog change), never
-- dropped and built again.
CREATE TABLE accounts (
    id bigint PRIMARY KEY,
    email text NOT NULL,
    plan text NOT NULL,
    owner_id bigint,
    CONSTRAINT accounts_email_check CHECK (email <> ''),
    CONSTRAINT accounts_owner UNIQUE (owner_id)
);
CREATE INDEX accounts_plan ON accounts (plan);
CREATE UNIQUE INDEX accounts_lower_email ON accounts (lower(email));

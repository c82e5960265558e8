CREATE TABLE accounts (
    id bigint PRIMARY KEY,
    email text NOT NULL,
    plan text NOT NULL,
    owner_id bigint,
    CONSTRAINT email_not_empty CHECK (email <> ''), -- @renamed from=accounts_email_check
    /* @renamed from=accounts_owner */ CONSTRAINT accounts_owner_id_key UNIQUE (owner_id)
);
-- @renamed from=accounts_plan
CREATE INDEX accounts_plan_idx ON accounts (plan);
CREATE UNIQUE INDEX accounts_email_ci ON accounts (lower(email)); -- @renamed from=accounts_lower_email

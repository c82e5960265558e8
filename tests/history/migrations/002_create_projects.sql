CREATE TABLE projects (
    id bigserial PRIMARY KEY,
    account_id bigint NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    name varchar(100) NOT NULL,
    description text,
    archived boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now()
);

-- the dashboard lists the live projects of an account
CREATE INDEX projects_account_id_idx ON projects (account_id) WHERE NOT archived;

CREATE EXTENSION IF NOT EXISTS pgcrypto;
CREATE TABLE api_keys (
    id bigint PRIMARY KEY,
    label text NOT NULL,
    -- gen_random_uuid() is volatile: a plain ADD COLUMN would rewrite the table.
    token uuid NOT NULL DEFAULT gen_random_uuid(),
    created_at timestamptz DEFAULT clock_timestamp()
);

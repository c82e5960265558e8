CREATE EXTENSION IF NOT EXISTS pgcrypto;
CREATE TABLE api_keys (
    id bigint PRIMARY KEY,
    label text NOT NULL
);

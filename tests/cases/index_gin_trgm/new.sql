CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE users (
    id bigint PRIMARY KEY,
    email text NOT NULL,
    full_name text
);

CREATE INDEX users_full_name_trgm_idx ON users USING gin (full_name gin_trgm_ops);
CREATE INDEX users_email_pattern_idx ON users (email text_pattern_ops);

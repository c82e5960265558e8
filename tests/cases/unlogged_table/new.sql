CREATE TABLE users (
    id bigint PRIMARY KEY,
    email text NOT NULL
);

CREATE UNLOGGED TABLE session_cache (
    token text PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    data jsonb NOT NULL DEFAULT '{}',
    expires_at timestamptz NOT NULL
);

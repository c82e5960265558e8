CREATE TABLE users (
    id bigint PRIMARY KEY,
    email text NOT NULL
);

CREATE TABLE audit_events (
    id bigserial PRIMARY KEY,
    user_id bigint REFERENCES users (id),
    action text NOT NULL,
    occurred_at timestamptz NOT NULL DEFAULT now()
);

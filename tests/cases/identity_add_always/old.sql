CREATE TABLE events (
    name text NOT NULL,
    payload jsonb
);

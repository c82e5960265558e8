CREATE TABLE events (id bigint PRIMARY KEY, kind text NOT NULL, at timestamptz NOT NULL);
CREATE UNIQUE INDEX events_kind_at ON events (kind, at);
ALTER TABLE events REPLICA IDENTITY USING INDEX events_kind_at;
CREATE UNLOGGED TABLE cache (k text PRIMARY KEY, v text);
CREATE TABLE scratch (k text PRIMARY KEY);
CREATE TABLE audit (id bigint PRIMARY KEY);
ALTER TABLE audit REPLICA IDENTITY FULL;
CREATE TABLE tokens (
    id int PRIMARY KEY UNIQUE,
    value text
);
ALTER TABLE tokens ADD CONSTRAINT tokens_value_check CHECK (value <> '') NOT VALID;
ALTER TABLE tokens REPLICA IDENTITY NOTHING;

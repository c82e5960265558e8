-- Replica identity (FULL, USING INDEX, back to DEFAULT), a table made logged and one unlogged
-- (a rewrite: reported as table-rewrite), a UNIQUE that repeats the primary key (PostgreSQL
-- keeps one index), and a CHECK declared NOT VALID on a new table.
CREATE TABLE events (id bigint PRIMARY KEY, kind text NOT NULL, at timestamptz NOT NULL);
CREATE UNIQUE INDEX events_kind_at ON events (kind, at);
CREATE TABLE cache (k text PRIMARY KEY, v text);
CREATE UNLOGGED TABLE scratch (k text PRIMARY KEY);
CREATE TABLE audit (id bigint PRIMARY KEY);
ALTER TABLE audit REPLICA IDENTITY FULL;

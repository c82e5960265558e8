-- A column added to a parent that keeps its child: not planned yet, refused by name.
CREATE TABLE events (id bigint NOT NULL, kind text NOT NULL, at timestamptz);
CREATE TABLE events_login (ip inet) INHERITS (events);

CREATE TABLE events (id bigint NOT NULL, kind text NOT NULL);
CREATE TABLE events_login (ip inet) INHERITS (events);

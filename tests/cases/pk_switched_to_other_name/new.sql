-- The primary key moves to another column under another name: the old key is dropped in the
-- same transaction that attaches the new one (built concurrently before).
CREATE TABLE devices (
    id integer NOT NULL,
    serial text PRIMARY KEY
);

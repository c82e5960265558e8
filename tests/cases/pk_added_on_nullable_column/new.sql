-- A primary key on a nullable column would SET NOT NULL with a full scan under ACCESS EXCLUSIVE:
-- the column is made NOT NULL the safe way first (CHECK NOT VALID, VALIDATE, SET NOT NULL), then
-- the concurrently built index is attached.
CREATE TABLE events (
    id bigint PRIMARY KEY,
    payload jsonb
);

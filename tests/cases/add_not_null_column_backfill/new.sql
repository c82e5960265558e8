CREATE TABLE users (
    id bigint PRIMARY KEY,
    email text NOT NULL,
    -- @backfill lower(email)
    email_normalized text NOT NULL
);

CREATE TABLE users (
    id bigint PRIMARY KEY,
    email text NOT NULL
);

-- a table turned into a view, as old pg_dump versions wrote views in a dependency loop
CREATE TABLE user_emails (email text);
CREATE RULE "_RETURN" AS ON SELECT TO user_emails DO INSTEAD SELECT email FROM users;

CREATE TABLE users (
    id bigint PRIMARY KEY,
    email text NOT NULL
);

CREATE VIEW active_users AS
    SELECT id, email FROM users WHERE email <> '';

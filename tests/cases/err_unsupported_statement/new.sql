CREATE TABLE users (
    id bigint PRIMARY KEY,
    email text NOT NULL
);

CREATE PUBLICATION users_pub FOR TABLE users;

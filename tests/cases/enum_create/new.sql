CREATE TYPE user_role AS ENUM ('owner', 'admin', 'member', 'viewer');

CREATE TABLE users (
    id bigint PRIMARY KEY,
    email text NOT NULL
);

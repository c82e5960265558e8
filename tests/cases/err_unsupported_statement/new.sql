CREATE TABLE users (
    id bigint PRIMARY KEY,
    email text NOT NULL
);

CREATE CAST (bigint AS text) WITH INOUT AS ASSIGNMENT;

CREATE TABLE employees (
    id bigint PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE users (
    id bigint PRIMARY KEY,
    email text NOT NULL,
    display_name varchar(100),
    created_at timestamptz NOT NULL DEFAULT now()
);

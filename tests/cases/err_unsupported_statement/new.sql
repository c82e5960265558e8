CREATE TABLE users (
    id bigint PRIMARY KEY,
    email text NOT NULL
);

CREATE RULE users_keep AS ON DELETE TO users DO INSTEAD NOTHING;

CREATE TABLE users (
    id bigint PRIMARY KEY,
    email text NOT NULL,
    legacy_password_md5 text
);

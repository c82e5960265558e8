CREATE TABLE users (
    id bigint PRIMARY KEY,
    username text,
    user_name varchar(50)
);

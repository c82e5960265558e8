CREATE TABLE accounts (id bigint PRIMARY KEY);
CREATE TABLE users (id bigint PRIMARY KEY);

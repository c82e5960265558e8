CREATE TABLE points (id bigint PRIMARY KEY, score int);

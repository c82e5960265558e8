CREATE TABLE audit (
    id integer PRIMARY KEY
);

CREATE TABLE tags (
    id serial PRIMARY KEY,
    position smallserial,
    name text NOT NULL UNIQUE
);

-- A `SELECT *` view shows a column added to its table only once it is created again; views over
-- the columns of an enum that gains a label are dropped and created again around the change too,
-- because the down (removing the label) rebuilds the type, which PostgreSQL refuses under a view.
CREATE TYPE mood AS ENUM ('sad', 'ok');
CREATE TABLE people (id int PRIMARY KEY, name text, feeling mood);
CREATE VIEW everyone AS SELECT * FROM people;
CREATE VIEW happy AS SELECT id, 'ok'::mood AS m FROM people WHERE feeling = 'ok';

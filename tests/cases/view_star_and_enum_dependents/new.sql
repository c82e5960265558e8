CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE people (id int PRIMARY KEY, name text, feeling mood, email text);
CREATE VIEW everyone AS SELECT * FROM people;
CREATE VIEW happy AS SELECT id, 'ok'::mood AS m FROM people WHERE feeling = 'ok';

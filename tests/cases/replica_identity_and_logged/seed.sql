INSERT INTO events VALUES (1, 'a', now());
INSERT INTO cache VALUES ('x', 'y');
INSERT INTO scratch VALUES ('s');

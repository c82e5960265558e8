INSERT INTO accounts VALUES (1, 10, 'a'), (2, 10, 'b'), (3, 20, 'c');
INSERT INTO members VALUES (1, 10, 1), (2, 10, 2), (3, 20, 3);

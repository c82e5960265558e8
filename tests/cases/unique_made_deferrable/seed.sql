INSERT INTO slots VALUES (1, 1), (2, 2);

INSERT INTO r VALUES (1);
INSERT INTO p VALUES (1, 1, 'x', 1, 1), (2, 50, 'y', 2, 1);

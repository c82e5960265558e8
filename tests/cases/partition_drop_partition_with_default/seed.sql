INSERT INTO orders VALUES (1, 'open', 1), (2, 'done', 2), (3, 'done', 3), (4, 'lost', 4);

INSERT INTO people VALUES (1, 'ann', 'ok'), (2, 'bob', 'sad');

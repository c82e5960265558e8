INSERT INTO tasks VALUES (1, 'pending', 'x'), (2, 'Done Ok', 'y');

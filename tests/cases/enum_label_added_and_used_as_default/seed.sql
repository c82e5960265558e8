INSERT INTO tasks VALUES (1, 'high');

INSERT INTO devices VALUES (1, 'A-1'), (2, 'B-2');

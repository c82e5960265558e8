INSERT INTO points VALUES (1, 10), (2, 20);

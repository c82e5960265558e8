INSERT INTO accounts VALUES (1, 'a@example.com', 1), (2, 'b@example.com', 1);

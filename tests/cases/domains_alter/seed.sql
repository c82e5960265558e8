INSERT INTO orders VALUES (1, 'a@example.com', 3, 99.5), (2, 'b@example.com', DEFAULT, NULL);

INSERT INTO users VALUES (1, 'a@example.com', 'admin'), (2, 'b@example.com', NULL);

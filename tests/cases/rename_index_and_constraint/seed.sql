INSERT INTO accounts VALUES (1, 'a@example.com', 'free', 10), (2, 'b@example.com', 'pro', NULL);

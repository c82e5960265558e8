INSERT INTO users VALUES (1, 'ann@example.com', 'Ann'), (2, 'bob@example.org', NULL);

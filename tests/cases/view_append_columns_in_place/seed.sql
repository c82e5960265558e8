INSERT INTO users VALUES (1, 'ann@example.com', 'Ann'), (2, 'bob@example.com', 'Bob');
INSERT INTO active_users (id, email) VALUES (3, 'cy@example.com');

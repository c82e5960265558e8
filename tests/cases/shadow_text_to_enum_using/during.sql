INSERT INTO tickets (id, status) VALUES (10, 'c');
INSERT INTO tickets (id, urgent) VALUES (11, true);
UPDATE tickets SET status = 'c' WHERE id = 1;

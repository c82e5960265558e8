SELECT count(*) = 2 FROM tickets;
INSERT INTO tickets_2025 (id, opened_on) VALUES (3, '2025-03-03');
SELECT priority = 3 FROM tickets WHERE id = 3;
SELECT atttypmod = 54 FROM pg_attribute WHERE attname = 'title' AND attrelid = 'tickets_2024'::regclass;

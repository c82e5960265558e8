SELECT count(*) = 2 FROM tickets WHERE source = 'web';
INSERT INTO tickets_2025 (id, opened_on) VALUES (3, '2025-03-03');
INSERT INTO tickets (id, opened_on) VALUES (4, '2024-03-03');
SELECT priority = 3 FROM tickets WHERE id = 3;
SELECT priority = 1 FROM tickets WHERE id = 4;
SELECT NOT EXISTS (SELECT 1 FROM pg_attribute WHERE attname = 'legacy' AND NOT attisdropped AND attrelid IN ('tickets_2024'::regclass, 'tickets_2025'::regclass));
SELECT atttypmod = 84 FROM pg_attribute WHERE attname = 'title' AND attrelid = 'tickets_2024'::regclass;

INSERT INTO readings VALUES (1, '2024-03-01', 'ok', '{happy,ok}'), (2, '2025-03-01', 'happy', NULL);

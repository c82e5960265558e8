SELECT count(*) = 1 FROM logs WHERE logged_at >= '2024-01-01';
SELECT EXISTS (SELECT 1 FROM pg_inherits WHERE inhrelid = 'logs_2023'::regclass);
INSERT INTO logs VALUES (9, '2023-09-09', 'back');
SELECT count(*) >= 1 FROM logs_2023 WHERE id = 9;

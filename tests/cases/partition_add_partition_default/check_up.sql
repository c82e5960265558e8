SELECT count(*) = 4 FROM measurements;
SELECT count(*) = 2 FROM measurements_default;
INSERT INTO measurements VALUES (5, '2025-06-01', 5);
SELECT count(*) = 1 FROM measurements_2025;
SELECT NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname LIKE '%not_measurements_2025%');
SELECT (SELECT count(*) FROM pg_inherits WHERE inhparent = 'measurements_value_idx'::regclass) = 3;

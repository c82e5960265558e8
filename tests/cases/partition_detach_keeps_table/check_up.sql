SELECT count(*) = 1 FROM metrics;
SELECT count(*) = 2 FROM metrics_2023;
SELECT NOT EXISTS (SELECT 1 FROM pg_inherits WHERE inhrelid = 'metrics_2023'::regclass);
SELECT (SELECT count(*) FROM pg_constraint WHERE conrelid = 'metrics_2023'::regclass AND contype = 'c') = 1;

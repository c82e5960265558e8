SELECT count(*) = 3 FROM metrics;
SELECT EXISTS (SELECT 1 FROM pg_inherits WHERE inhrelid = 'metrics_2023'::regclass);

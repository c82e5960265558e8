SELECT count(*) = 4 FROM measurements;
SELECT to_regclass('public.measurements_2025') IS NULL;
SELECT NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname LIKE '%not_measurements_2025%');

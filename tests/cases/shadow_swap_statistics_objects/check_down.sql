SELECT count(*) = 300 FROM measurements;
SELECT count(*) = 2 FROM pg_statistic_ext WHERE stxrelid = 'measurements'::regclass;

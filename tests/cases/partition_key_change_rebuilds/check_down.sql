SELECT to_regclass('public.clicks_spring') IS NULL;
SELECT partstrat = 'r' FROM pg_partitioned_table WHERE partrelid = 'clicks'::regclass;
SELECT NOT EXISTS (SELECT 1 FROM pg_partitioned_table WHERE partrelid = 'clicks_archive'::regclass);

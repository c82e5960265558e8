SELECT count(*) = 3 FROM countries;
SELECT to_regclass('public.currencies') IS NULL;
SELECT NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'countries' AND column_name = 'sort_key');

SELECT count(*) = 3 FROM countries;
SELECT collation_name = 'C' FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'countries' AND column_name = 'sort_key';
SELECT collation_name = 'C' FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'currencies' AND column_name = 'code';

SELECT to_regclass('public.visits_path_idx') IS NULL;
SELECT to_regclass('public.visits_2024_path_idx') IS NOT NULL;
SELECT indisvalid FROM pg_index WHERE indexrelid = 'visits_country_idx'::regclass;

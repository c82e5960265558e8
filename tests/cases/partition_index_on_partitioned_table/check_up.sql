SELECT indisvalid FROM pg_index WHERE indexrelid = 'visits_path_idx'::regclass;
SELECT (SELECT inhparent FROM pg_inherits WHERE inhrelid = 'visits_2024_path_idx'::regclass) = 'visits_path_idx'::regclass;
SELECT (SELECT count(*) FROM pg_class WHERE relname IN ('visits_2025_lower_idx', 'visits_2025_fr_lower_idx', 'visits_2025_xx_lower_idx')) = 3;
SELECT to_regclass('public.visits_country_idx') IS NULL;
SELECT count(*) = 3 FROM visits;

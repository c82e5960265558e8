SELECT NOT indisvalid FROM pg_index WHERE indexrelid = 'items_name_idx'::regclass;
SELECT NOT indisvalid FROM pg_index WHERE indexrelid = 'items_pkey'::regclass;
SELECT to_regclass('public.items_b_pkey') IS NULL;

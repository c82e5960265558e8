SELECT indisvalid FROM pg_index WHERE indexrelid = 'items_name_idx'::regclass;
SELECT indisvalid FROM pg_index WHERE indexrelid = 'items_pkey'::regclass;
SELECT count(*) = 3 FROM items;

SELECT increment_by = 7 AND cycle AND min_value = 2 AND max_value = 999 FROM pg_sequences WHERE sequencename = 'items_id_seq';
SELECT attidentity = 'd' FROM pg_attribute WHERE attrelid = 'public.items'::regclass AND attname = 'id';
SELECT count(*) = 2 FROM items WHERE code IS NOT NULL;

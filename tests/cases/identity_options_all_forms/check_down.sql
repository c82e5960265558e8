SELECT increment_by = 4 AND NOT cycle FROM pg_sequences WHERE sequencename = 'items_id_seq';
SELECT attidentity = 'a' FROM pg_attribute WHERE attrelid = 'public.items'::regclass AND attname = 'id';

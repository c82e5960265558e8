SELECT count(*) = 3 FROM events;
SELECT count(DISTINCT id) = 3 FROM events WHERE id >= 1000;
SELECT attidentity = 'a' FROM pg_attribute WHERE attrelid = 'public.events'::regclass AND attname = 'id';

SELECT count(*) = 3 FROM tickets;
SELECT attidentity = '' FROM pg_attribute WHERE attrelid = 'public.tickets'::regclass AND attname = 'id';
SELECT pg_get_serial_sequence('public.tickets', 'id') IS NULL;

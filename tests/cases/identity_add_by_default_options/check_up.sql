SELECT count(*) = 3 FROM tickets;
SELECT attidentity = 'd' FROM pg_attribute WHERE attrelid = 'public.tickets'::regclass AND attname = 'id';
SELECT seqstart = 100 AND seqincrement = 10 FROM pg_sequence WHERE seqrelid = pg_get_serial_sequence('public.tickets', 'id')::regclass;

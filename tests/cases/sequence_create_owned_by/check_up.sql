SELECT count(*) = 3 FROM invoices;
SELECT seqstart = 1000 AND seqincrement = 5 AND seqmin = 1000 AND seqmax = 999999999 AND NOT seqcycle FROM pg_sequence WHERE seqrelid = 'public.invoice_number_seq'::regclass;
SELECT pg_get_serial_sequence('public.invoices', 'invoice_number') = 'public.invoice_number_seq';

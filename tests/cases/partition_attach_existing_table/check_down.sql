SELECT count(*) = 2 FROM invoices;
SELECT count(*) = 2 FROM invoices_2023;
SELECT NOT EXISTS (SELECT 1 FROM pg_inherits WHERE inhrelid = 'invoices_2023'::regclass);

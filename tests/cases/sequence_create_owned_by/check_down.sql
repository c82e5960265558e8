SELECT count(*) = 3 FROM invoices;
SELECT to_regclass('public.invoice_number_seq') IS NULL;

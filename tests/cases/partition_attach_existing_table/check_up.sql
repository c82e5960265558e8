SELECT count(*) = 4 FROM invoices;
SELECT count(*) = 2 FROM invoices WHERE issued_on < '2024-01-01' AND issued_on >= '2023-01-01';
SELECT NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname LIKE '%partition_bound' OR conname LIKE '%not_invoices_2023');
SELECT (SELECT count(*) FROM pg_inherits WHERE inhparent = 'invoices_amount_idx'::regclass) = 3;
SELECT (SELECT count(*) FROM pg_inherits WHERE inhparent = 'invoices_pkey'::regclass) = 3;

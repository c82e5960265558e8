SELECT count(*) = 1 FROM invoices;
SELECT count(*) = 2 FROM pg_publication_tables WHERE pubname = 'billing';

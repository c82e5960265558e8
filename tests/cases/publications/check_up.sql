SELECT count(*) = 1 FROM invoices;
SELECT count(*) = 2 FROM pg_publication_tables WHERE pubname = 'billing';
SELECT obj_description(oid, 'pg_publication') = 'to the warehouse' FROM pg_publication WHERE pubname = 'billing';

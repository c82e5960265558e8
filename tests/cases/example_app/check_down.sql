SELECT count(*) = 2 FROM accounts;
SELECT count(*) = 1 FROM invoices;

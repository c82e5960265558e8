INSERT INTO accounts VALUES (1, 'acme');
INSERT INTO invoices VALUES (1, 1, 10.5);

INSERT INTO invoices (id, invoice_number, amount_cents) VALUES
    (1, 1, 1000),
    (2, 2, 2500),
    (3, NULL, 300);

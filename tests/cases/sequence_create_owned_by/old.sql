CREATE TABLE invoices (
    id bigint PRIMARY KEY,
    invoice_number bigint,
    amount_cents bigint NOT NULL
);

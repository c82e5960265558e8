CREATE SEQUENCE invoice_number_seq START WITH 1000;

ALTER TABLE invoices ADD COLUMN number bigint NOT NULL DEFAULT nextval('invoice_number_seq');
ALTER TABLE invoices ADD CONSTRAINT invoices_number_key UNIQUE (number);

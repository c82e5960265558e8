CREATE TABLE invoices (
    id bigint NOT NULL,
    issued_on date NOT NULL,
    amount numeric NOT NULL CONSTRAINT invoices_amount_check CHECK (amount >= 0),
    PRIMARY KEY (id, issued_on)
) PARTITION BY RANGE (issued_on);
CREATE INDEX invoices_amount_idx ON invoices (amount);
CREATE TABLE invoices_2024 PARTITION OF invoices FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE invoices_other PARTITION OF invoices DEFAULT;

-- last year's invoices, loaded into a table of their own
CREATE TABLE invoices_2023 (
    id bigint NOT NULL,
    issued_on date NOT NULL,
    amount numeric NOT NULL,
    PRIMARY KEY (id, issued_on)
);

CREATE TABLE invoices (
    id bigint PRIMARY KEY,
    invoice_number bigint,
    amount_cents bigint NOT NULL
);

CREATE SEQUENCE invoice_number_seq
    AS bigint
    START WITH 1000
    INCREMENT BY 5
    MINVALUE 1000
    MAXVALUE 999999999
    CACHE 1
    NO CYCLE;

ALTER SEQUENCE invoice_number_seq OWNED BY invoices.invoice_number;

-- Column renames on an existing table keep both application versions working until the contract
-- phase: the new column is added beside the old one, a trigger syncs both ways (during.sql writes
-- through both names), a batched copy fills it, and the contract phase drops the old column. Its
-- CHECK, UNIQUE constraint, expression index and the foreign key of another table come along.
CREATE TABLE customers (
    id bigint PRIMARY KEY,
    mail text NOT NULL CHECK (mail <> ''),
    score integer DEFAULT 0,
    CONSTRAINT customers_mail_key UNIQUE (mail)
);
CREATE INDEX customers_lower_mail ON customers (lower(mail));

CREATE TABLE orders (
    id bigint PRIMARY KEY,
    customer_mail text REFERENCES customers (mail)
);

-- With --column-renames direct, a column rename is one RENAME COLUMN in the expand phase (instant;
-- the old application version cannot use the column from then on).
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

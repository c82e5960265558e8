CREATE TABLE customers (
    id bigint PRIMARY KEY,
    email text NOT NULL CHECK (email <> ''), -- @renamed from=mail
    -- @renamed from=score
    points integer DEFAULT 0,
    CONSTRAINT customers_mail_key UNIQUE (email)
);
CREATE INDEX customers_lower_mail ON customers (lower(email));

CREATE TABLE orders (
    id bigint PRIMARY KEY,
    customer_mail text REFERENCES customers (email)
);

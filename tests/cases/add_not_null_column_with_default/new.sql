CREATE TABLE orders (
    id bigint PRIMARY KEY,
    customer_email text NOT NULL,
    total_cents integer NOT NULL,
    status text NOT NULL DEFAULT 'pending'
);

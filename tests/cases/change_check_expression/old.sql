CREATE TABLE products (
    id bigint PRIMARY KEY,
    price_cents integer NOT NULL,
    discount_cents integer NOT NULL DEFAULT 0,
    CONSTRAINT products_price_range CHECK (price_cents >= 0)
);

CREATE TABLE products (
    id bigint PRIMARY KEY,
    price_cents integer NOT NULL CHECK (price_cents >= 0),
    discount_cents integer NOT NULL DEFAULT 0,
    CONSTRAINT products_discount_le_price CHECK (discount_cents <= price_cents)
);

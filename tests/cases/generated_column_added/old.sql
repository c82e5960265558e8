CREATE TABLE line_items (
    id bigint PRIMARY KEY,
    quantity integer NOT NULL,
    unit_price_cents bigint NOT NULL
);

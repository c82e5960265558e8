CREATE TABLE line_items (
    id bigint PRIMARY KEY,
    quantity integer NOT NULL,
    unit_price_cents bigint NOT NULL,
    total_cents bigint GENERATED ALWAYS AS (quantity * unit_price_cents) STORED
);

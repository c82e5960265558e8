CREATE TABLE orders (
    id bigint PRIMARY KEY,
    customer_id bigint NOT NULL,
    status text NOT NULL DEFAULT 'pending',
    total_cents bigint NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    shipped_at timestamptz
);

CREATE INDEX orders_created_at_brin ON orders USING brin (created_at) WITH (pages_per_range = 32);

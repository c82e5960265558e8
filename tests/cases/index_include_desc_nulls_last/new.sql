CREATE TABLE orders (
    id bigint PRIMARY KEY,
    customer_id bigint NOT NULL,
    status text NOT NULL DEFAULT 'pending',
    total_cents bigint NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    shipped_at timestamptz
);

CREATE INDEX orders_customer_recent_idx ON orders (customer_id, created_at DESC NULLS LAST, shipped_at NULLS FIRST) INCLUDE (total_cents, status);

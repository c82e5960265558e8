CREATE TABLE orders (
    id bigint PRIMARY KEY,
    customer_id bigint NOT NULL,
    status text NOT NULL DEFAULT 'pending',
    total_cents bigint NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    shipped_at timestamptz
);

CREATE TYPE order_status AS ENUM ('pending', 'shipped', 'delivered', 'returned');

CREATE TABLE orders (
    id bigint PRIMARY KEY,
    status order_status NOT NULL DEFAULT 'pending'
);

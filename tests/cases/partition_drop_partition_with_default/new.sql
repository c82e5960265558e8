CREATE TABLE orders (
    id bigint NOT NULL,
    status text NOT NULL,
    total numeric
) PARTITION BY LIST (status);
CREATE TABLE orders_open PARTITION OF orders FOR VALUES IN ('open', 'pending');
CREATE TABLE orders_other PARTITION OF orders DEFAULT;

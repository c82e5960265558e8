CREATE TABLE line_items (
    order_id bigint NOT NULL,
    line_no int NOT NULL,
    quantity int NOT NULL,
    unit_cents int NOT NULL,
    -- @backfill quantity * unit_cents
    total_cents bigint NOT NULL,
    PRIMARY KEY (order_id, line_no)
);

CREATE TABLE order_items (
    id integer PRIMARY KEY,
    order_id bigint NOT NULL,
    quantity integer NOT NULL DEFAULT 1
);
CREATE INDEX order_items_order_id_idx ON order_items (order_id);

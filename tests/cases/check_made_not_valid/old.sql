CREATE TABLE items (
    id integer PRIMARY KEY,
    qty integer,
    CONSTRAINT items_qty_check CHECK (qty > 0)
);

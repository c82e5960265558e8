-- Declared NOT VALID: the catalog must say not validated, so the constraint is re-added NOT VALID.
CREATE TABLE items (
    id integer PRIMARY KEY,
    qty integer
);
ALTER TABLE items ADD CONSTRAINT items_qty_check CHECK (qty > 0) NOT VALID;

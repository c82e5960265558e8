CREATE TYPE order_state AS ENUM ('new', 'shipped', 'paid');

CREATE TABLE orders (
    id bigint PRIMARY KEY,
    state order_state NOT NULL DEFAULT 'new'::order_state,
    history order_state[],
    note text
);
CREATE INDEX orders_state_idx ON orders (state);
CREATE INDEX orders_open_idx ON orders (id) WHERE state <> 'shipped';

-- @rows 20
CREATE TABLE audit (
    id int PRIMARY KEY,
    state order_state
);

-- An enum label removed and the others reordered, on a table of unknown size: the new type is
-- created under a temporary name, the columns using it change through shadow columns (trigger,
-- batched copy, indexes built concurrently, NOT NULL proven by a validated CHECK), and once every
-- column uses it, the old type is dropped and the new one takes its name. A table known to be
-- small converts in place.
CREATE TYPE order_state AS ENUM ('new', 'paid', 'shipped', 'lost');

CREATE TABLE orders (
    id bigint PRIMARY KEY,
    state order_state NOT NULL DEFAULT 'new'::order_state,
    history order_state[],
    note text
);
CREATE INDEX orders_state_idx ON orders (state);
CREATE INDEX orders_open_idx ON orders (id) WHERE state <> 'shipped';

CREATE TABLE audit (
    id int PRIMARY KEY,
    state order_state
);

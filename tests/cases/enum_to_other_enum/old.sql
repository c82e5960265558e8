CREATE TYPE order_state AS ENUM ('new', 'paid', 'shipped');
CREATE TYPE order_status AS ENUM ('new', 'paid', 'shipped', 'cancelled');
CREATE TABLE orders (
    id integer PRIMARY KEY,
    status order_state NOT NULL
);

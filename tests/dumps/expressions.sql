-- Expressions, routines, triggers and views written the way people write them; pg_dump prints
-- every one of them differently (casts, parentheses, qualification, clause order, BETWEEN and
-- LIKE as operators, IN lists as ANY, aliases for every output column). Date and time literals
-- are left out: pg_dump prints them in the server's output format and time zone.

CREATE SCHEMA app;

CREATE TYPE app.order_state AS ENUM ('new', 'paid', 'shipped', 'cancelled');

CREATE TABLE app.customers (
    id serial PRIMARY KEY,
    email varchar(200) NOT NULL CHECK (email LIKE '%@%'),
    name text NOT NULL CHECK (trim(name) <> ''),
    country char(2) NOT NULL DEFAULT 'DE' CHECK (country IN ('DE', 'FR', 'US')),
    credit numeric(12, 2) NOT NULL DEFAULT 0 CHECK (credit BETWEEN 0 AND 10000),
    tags text[] NOT NULL DEFAULT '{}',
    created_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz
);

CREATE TABLE app.orders (
    id bigserial PRIMARY KEY,
    customer_id int NOT NULL REFERENCES app.customers ON DELETE CASCADE,
    state app.order_state NOT NULL DEFAULT 'new',
    total numeric(12, 2) NOT NULL,
    placed_at timestamptz NOT NULL DEFAULT now(),
    note varchar(500),
    CONSTRAINT orders_total_positive CHECK (total > 0 OR state = 'cancelled')
);

CREATE INDEX orders_open ON app.orders (customer_id, placed_at DESC) WHERE state IN ('new', 'paid');
CREATE INDEX customers_lower_email ON app.customers (lower(email));
CREATE INDEX customers_recent ON app.customers (created_at) WHERE deleted_at IS NULL AND country <> 'US';

CREATE FUNCTION app.order_total(p_customer int, p_min numeric DEFAULT 0) RETURNS numeric
    AS $$ SELECT coalesce(sum(total), 0) FROM app.orders WHERE customer_id = p_customer AND total >= p_min $$
    LANGUAGE sql STABLE STRICT PARALLEL SAFE COST 50;

CREATE FUNCTION app.open_orders(p_customer integer, OUT id bigint, OUT total numeric)
    RETURNS SETOF record LANGUAGE sql STABLE
    AS $$ SELECT id, total FROM app.orders WHERE customer_id = p_customer AND state IN ('new', 'paid') $$;

CREATE FUNCTION app.customer_summary(p_country text)
    RETURNS TABLE (customer_id int, orders bigint)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = app, pg_temp
    AS $$
BEGIN
  RETURN QUERY SELECT c.id, count(o.id) FROM customers c LEFT JOIN orders o ON o.customer_id = c.id
    WHERE c.country = p_country GROUP BY c.id;
END
$$;

CREATE PROCEDURE app.cancel_stale(p_days int)
    LANGUAGE plpgsql
    AS $$
BEGIN
  UPDATE app.orders SET state = 'cancelled' WHERE state = 'new' AND placed_at < now() - make_interval(days => p_days);
END
$$;

CREATE FUNCTION app.stamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.placed_at := coalesce(NEW.placed_at, now());
  RETURN NEW;
END
$$;

CREATE TRIGGER orders_stamp BEFORE UPDATE OR INSERT ON app.orders
    FOR EACH ROW WHEN (NEW.state <> 'cancelled') EXECUTE PROCEDURE app.stamp();
CREATE TRIGGER orders_audit AFTER DELETE ON app.orders EXECUTE FUNCTION app.stamp();

CREATE VIEW app.active_customers AS
    SELECT * FROM app.customers WHERE deleted_at IS NULL;

CREATE VIEW app.customer_orders AS
    SELECT c.id, c.email, count(o.id) AS orders, sum(o.total) AS spent, max(o.placed_at)
    FROM app.active_customers c
    LEFT JOIN app.orders o ON o.customer_id = c.id AND o.state <> 'cancelled'
    GROUP BY c.id, c.email;

CREATE VIEW app.big_spenders AS
    SELECT id, email, spent,
           CASE WHEN spent > 1000 THEN 'gold' WHEN spent > 100 THEN 'silver' ELSE 'bronze' END AS tier
    FROM app.customer_orders
    WHERE spent IS NOT NULL AND email NOT LIKE '%@test.%'
    ORDER BY spent DESC
    LIMIT 100;

CREATE VIEW app.order_states AS
    SELECT state, count(*), avg(total)::numeric(12,2) AS average
    FROM app.orders
    WHERE total BETWEEN 1 AND 100000 AND state IN ('paid', 'shipped')
    GROUP BY state;

CREATE VIEW app.contacts AS
    SELECT email AS address, 'customer' AS kind FROM app.customers
    UNION ALL
    SELECT note, 'order note' FROM app.orders WHERE note IS NOT NULL;

CREATE VIEW app.latest_orders AS
    WITH ranked AS (
        SELECT o.*, row_number() OVER (PARTITION BY customer_id ORDER BY placed_at DESC) AS rn
        FROM app.orders o
    )
    SELECT id, customer_id, total FROM ranked WHERE rn = 1;

CREATE VIEW app.customers_with_orders AS
    SELECT c.id, c.name FROM app.customers c
    WHERE EXISTS (SELECT 1 FROM app.orders o WHERE o.customer_id = c.id)
      AND c.id NOT IN (SELECT customer_id FROM app.orders WHERE state = 'cancelled');

CREATE MATERIALIZED VIEW app.daily_totals AS
    SELECT date_trunc('day', placed_at) AS day, sum(total) AS total
    FROM app.orders GROUP BY 1;
CREATE UNIQUE INDEX daily_totals_day ON app.daily_totals (day);

COMMENT ON FUNCTION app.order_total(integer, numeric) IS 'money a customer spent since a date';
COMMENT ON PROCEDURE app.cancel_stale(int) IS 'run nightly';
COMMENT ON VIEW app.customer_orders IS 'one row per active customer';
COMMENT ON MATERIALIZED VIEW app.daily_totals IS 'refreshed nightly';
COMMENT ON TRIGGER orders_stamp ON app.orders IS 'sets placed_at';

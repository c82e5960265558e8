-- Extended statistics: one kept, one whose kinds change, one that goes with its column.
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    city text NOT NULL,
    zip text NOT NULL,
    region text
);

CREATE STATISTICS orders_city_zip (dependencies, ndistinct) ON city, zip FROM orders;
COMMENT ON STATISTICS orders_city_zip IS 'city determines zip';
ALTER STATISTICS orders_city_zip SET STATISTICS 500;

-- written without kinds: the same as all three, as PostgreSQL prints it
CREATE STATISTICS orders_kept ON id, city FROM orders;

CREATE STATISTICS orders_region_city (mcv) ON region, city FROM orders;

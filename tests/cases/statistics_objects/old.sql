-- Extended statistics: one kept, one whose kinds change, one that goes with its column.
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    city text NOT NULL,
    zip text NOT NULL,
    legacy_code text
);

CREATE STATISTICS orders_city_zip (dependencies) ON city, zip FROM orders;
COMMENT ON STATISTICS orders_city_zip IS 'city determines zip';

CREATE STATISTICS public.orders_zip_legacy ON zip, legacy_code FROM public.orders;

CREATE STATISTICS orders_kept (ndistinct, mcv, dependencies) ON id, city FROM orders;

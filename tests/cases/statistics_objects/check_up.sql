SELECT count(*) = 2 FROM orders;
SELECT obj_description(oid, 'pg_statistic_ext') = 'city determines zip' FROM pg_statistic_ext WHERE stxname = 'orders_city_zip';
SELECT stxstattarget = 500 FROM pg_statistic_ext WHERE stxname = 'orders_city_zip';

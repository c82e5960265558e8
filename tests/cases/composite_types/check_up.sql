DO $$
BEGIN
    IF (SELECT (home).street FROM customers WHERE id = 1) IS DISTINCT FROM '1 Main St'
       OR (SELECT (home).city FROM customers WHERE id = 1) IS DISTINCT FROM 'Springfield'
       OR (SELECT (home).country FROM customers WHERE id = 1) IS NOT NULL THEN
        RAISE EXCEPTION 'address values not kept by the up migration';
    END IF;
END $$;

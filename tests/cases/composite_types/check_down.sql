DO $$
BEGIN
    IF (SELECT (home).zip FROM customers WHERE id = 1) IS DISTINCT FROM '12345' THEN
        RAISE EXCEPTION 'address values not kept by the down migration';
    END IF;
END $$;

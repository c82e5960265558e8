SELECT obj_description('cheap'::regclass, 'pg_class') = 'under ten';
SELECT obj_description('cents(integer)'::regprocedure, 'pg_proc') = 'price in cents';
SELECT obj_description('totals'::regclass, 'pg_class') = 'row count';

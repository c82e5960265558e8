SELECT obj_description('cheap'::regclass, 'pg_class') = 'under ten';
SELECT obj_description('cents(integer)'::regprocedure, 'pg_proc') = 'price in cents';
SELECT (SELECT description FROM pg_description d JOIN pg_trigger t ON t.oid = d.objoid WHERE t.tgname = 'items_touch') = 'keeps rows fresh';

SELECT partstrat = 'r' FROM pg_partitioned_table WHERE partrelid = 'clicks'::regclass;
SELECT has_table_privilege('gen_app_reader', 'clicks', 'SELECT');
SELECT has_column_privilege('gen_app_writer', 'clicks', 'campaign', 'UPDATE');
SELECT relrowsecurity FROM pg_class WHERE oid = 'clicks'::regclass;
SELECT obj_description(oid, 'pg_policy') = 'no secret campaigns' FROM pg_policy WHERE polrelid = 'clicks'::regclass AND polname = 'visible';

SELECT has_table_privilege('gen_app_reader', 'clicks', 'SELECT');
SELECT has_column_privilege('gen_app_writer', 'clicks', 'campaign', 'UPDATE');
SELECT relrowsecurity FROM pg_class WHERE oid = 'clicks'::regclass;
SELECT count(*) = 1 FROM pg_policy WHERE polrelid = 'clicks'::regclass AND polname = 'visible';

SELECT count(*) = 3000 FROM audit WHERE note LIKE 'n%';
SELECT count(*) > 0 FROM audit_rest_sys;
SELECT NOT EXISTS (SELECT FROM information_schema.columns WHERE column_name = 'origin');

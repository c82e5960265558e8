SELECT (SELECT g FROM t WHERE id = 1) = 10;
SELECT has_column_privilege('gen_app_reader', 't', 'g', 'SELECT');
SELECT has_column_privilege('gen_app_reader', 't', 'g', 'REFERENCES');
SELECT has_column_privilege('gen_app_writer', 't', 'g', 'SELECT');
SELECT NOT has_column_privilege('gen_app_writer', 't', 'g', 'SELECT WITH GRANT OPTION');

SELECT has_column_privilege('gen_app_writer', 'accounts', 'email', 'UPDATE');
SELECT NOT has_table_privilege('gen_app_writer', 'accounts', 'INSERT');
SELECT has_table_privilege('gen_app_reader', 'account_emails', 'SELECT');
SELECT has_table_privilege('gen_app_reader', 'accounts', 'SELECT WITH GRANT OPTION');
SELECT NOT has_function_privilege('gen_app_reader', 'add_one(integer)', 'EXECUTE');
SELECT has_function_privilege('gen_app_writer', 'add_one(integer)', 'EXECUTE');
SELECT count(*) = 1 FROM accounts;

SELECT has_table_privilege('gen_app_writer', 'accounts', 'INSERT');
SELECT has_table_privilege('gen_app_reader', 'account_emails', 'SELECT');
SELECT has_table_privilege('gen_app_writer', 'old_audit', 'TRUNCATE');
SELECT has_function_privilege('gen_app_reader', 'add_one(integer)', 'EXECUTE');

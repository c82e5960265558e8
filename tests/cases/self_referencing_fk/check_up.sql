SELECT count(*) = 3 FROM employees WHERE manager_id IS NULL;
SELECT confrelid = conrelid FROM pg_constraint WHERE conname = 'employees_manager_id_fkey';

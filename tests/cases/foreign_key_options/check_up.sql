SELECT confdeltype = 'c' AND confupdtype = 'c' FROM pg_constraint WHERE conname = 'users_account_id_fkey';
SELECT confdeltype = 'n' FROM pg_constraint WHERE conname = 'users_manager_id_fkey';
SELECT confmatchtype = 'f' AND confdeltype = 'r' FROM pg_constraint WHERE conname = 'shipments_account_region_fkey';
SELECT condeferrable AND condeferred FROM pg_constraint WHERE conname = 'shipments_handled_by_fkey';

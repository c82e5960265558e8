SELECT count(*) = 3 FROM api_keys;
SELECT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.api_keys'::regclass AND conname = 'api_keys_account_label_key');
SELECT indnullsnotdistinct FROM pg_index WHERE indexrelid = 'public.api_keys_account_label_key'::regclass;

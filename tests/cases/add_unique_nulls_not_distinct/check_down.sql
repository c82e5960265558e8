SELECT count(*) = 3 FROM api_keys;
SELECT NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.api_keys'::regclass AND conname = 'api_keys_account_label_key');

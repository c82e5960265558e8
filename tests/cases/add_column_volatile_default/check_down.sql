SELECT count(*) = 45 FROM api_keys;
SELECT count(*) = 0 FROM information_schema.columns WHERE table_name = 'api_keys' AND column_name IN ('token', 'created_at');

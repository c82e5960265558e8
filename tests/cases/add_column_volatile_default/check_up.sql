SELECT count(*) = 45 FROM api_keys;
SELECT count(DISTINCT token) = 45 FROM api_keys;
SELECT count(*) = 45 FROM api_keys WHERE created_at IS NOT NULL;
SELECT is_nullable = 'NO' FROM information_schema.columns WHERE table_name = 'api_keys' AND column_name = 'token';

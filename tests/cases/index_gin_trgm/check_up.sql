SELECT count(*) = 3 FROM users;
SELECT (SELECT email FROM users WHERE id = 1) = 'Alice@Example.com';
SELECT indisvalid FROM pg_index WHERE indexrelid = 'public.users_full_name_trgm_idx'::regclass;
SELECT indisvalid FROM pg_index WHERE indexrelid = 'public.users_email_pattern_idx'::regclass;
SELECT pg_get_indexdef('public.users_full_name_trgm_idx'::regclass) LIKE '%USING gin (full_name gin_trgm_ops)%';

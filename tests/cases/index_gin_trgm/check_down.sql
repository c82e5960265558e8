SELECT count(*) = 3 FROM users;
SELECT (SELECT email FROM users WHERE id = 1) = 'Alice@Example.com';
SELECT to_regclass('public.users_full_name_trgm_idx') IS NULL;
SELECT NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm');

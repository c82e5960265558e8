SELECT count(*) = 3 FROM users;
SELECT relpersistence = 'u' FROM pg_class WHERE oid = 'public.session_cache'::regclass;

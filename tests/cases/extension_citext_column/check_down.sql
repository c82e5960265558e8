SELECT count(*) = 3 FROM users;
SELECT NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'citext');
SELECT NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'users' AND column_name = 'username');

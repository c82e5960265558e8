SELECT count(*) = 3 FROM accounts;
SELECT (SELECT column_default FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'accounts' AND column_name = 'plan') = '''free''::text';

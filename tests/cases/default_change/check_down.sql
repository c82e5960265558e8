SELECT count(*) = 1 FROM accounts WHERE plan = 'free';
SELECT (SELECT column_default FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'accounts' AND column_name = 'plan') = '''free''::text';
SELECT (SELECT column_default FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'accounts' AND column_name = 'seats') = '1';

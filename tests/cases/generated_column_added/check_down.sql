SELECT count(*) = 3 FROM line_items;
SELECT NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'line_items' AND column_name = 'total_cents');

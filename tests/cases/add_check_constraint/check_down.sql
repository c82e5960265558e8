SELECT count(*) = 3 FROM products;
SELECT count(*) = 0 FROM pg_constraint WHERE conrelid = 'public.products'::regclass AND contype = 'c';

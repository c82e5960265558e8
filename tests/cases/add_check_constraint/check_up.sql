SELECT count(*) = 3 FROM products;
SELECT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.products'::regclass AND conname = 'products_price_cents_check');
SELECT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.products'::regclass AND conname = 'products_discount_le_price');
SELECT bool_and(convalidated) FROM pg_constraint WHERE conrelid = 'public.products'::regclass AND contype = 'c';

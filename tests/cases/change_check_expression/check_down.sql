SELECT count(*) = 3 FROM products;
SELECT pg_get_constraintdef(oid) NOT LIKE '%1000000%' FROM pg_constraint WHERE conrelid = 'public.products'::regclass AND conname = 'products_price_range';

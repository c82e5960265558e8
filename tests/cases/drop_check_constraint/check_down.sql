SELECT count(*) = 3 FROM products;
SELECT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.products'::regclass AND conname = 'products_discount_le_price');

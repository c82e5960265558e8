SELECT count(*) = 3 FROM public.customers;
SELECT count(*) = 3 FROM public.addresses;
SELECT (SELECT name FROM public.customers WHERE id = 2) = 'Globex';
SELECT NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'customers' AND column_name = 'phone');

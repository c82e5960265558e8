SELECT count(*) = 3 FROM public.customers WHERE phone IS NULL;
SELECT count(*) = 3 FROM public.addresses;
SELECT nextval('public.customers_id_seq') = 4;

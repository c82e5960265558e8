SELECT to_regclass('public.shipments') IS NULL;

SELECT to_regclass('public.type_zoo') IS NULL;
SELECT to_regtype('public.mood') IS NULL;

SELECT count(*) = 2 FROM public.t;
SELECT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.t'::regclass AND conname = 't_u' AND contype = 'u');

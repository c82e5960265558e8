SELECT count(*) = 2 FROM public.t;
SELECT NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 't_u');
SELECT indisunique AND indisvalid FROM pg_index WHERE indexrelid = 'public.t_u'::regclass;

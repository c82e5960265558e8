SELECT count(*) = 2 FROM public.t;
SELECT public.f(t) IS NOT TRUE FROM public.t WHERE id = 1;

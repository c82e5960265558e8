INSERT INTO public.tags VALUES (1, '{alpha,beta}');

INSERT INTO public.t (a, b) VALUES ('x', 'y'), ('z', 'w');

CREATE TABLE public.t (a text, b text);
ALTER TABLE ONLY public.t ADD CONSTRAINT t_u UNIQUE (a);

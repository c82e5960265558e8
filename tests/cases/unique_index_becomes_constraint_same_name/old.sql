CREATE TABLE public.t (a text, b text);
CREATE UNIQUE INDEX t_u ON public.t USING btree (b);

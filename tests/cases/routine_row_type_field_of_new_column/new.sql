CREATE TABLE public.t (id integer, state text);
CREATE FUNCTION public.f(public.t) RETURNS boolean
    LANGUAGE sql
    AS $_$ select $1.state = 'x' $_$;

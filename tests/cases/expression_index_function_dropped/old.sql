-- An expression index calling a function of the file: both go, the index first.
CREATE FUNCTION public.initials(words text[]) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT string_agg(left(w, 1), '') FROM unnest(words) AS w $$;
CREATE TABLE public.tags (
    id bigint PRIMARY KEY,
    words text[] NOT NULL DEFAULT '{}'
);
CREATE INDEX tags_initials_idx ON public.tags USING btree (public.initials(words));

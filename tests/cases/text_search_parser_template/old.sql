CREATE TABLE public.docs (id bigint PRIMARY KEY, body text);

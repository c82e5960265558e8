CREATE TABLE public.tags (
    id bigint PRIMARY KEY,
    words text[] NOT NULL DEFAULT '{}'
);

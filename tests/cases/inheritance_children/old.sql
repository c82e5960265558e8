-- Pre-10 partitioning by inheritance (as pg_dump writes it): children declare only their CHECK,
-- inherit the parent's columns, and set their own defaults with ALTER TABLE ONLY.
CREATE SEQUENCE public.favorites_id_seq;
CREATE TABLE public.favorites (
    id integer NOT NULL,
    user_id integer,
    post_id integer
);
ALTER TABLE ONLY public.favorites ALTER COLUMN id SET DEFAULT nextval('public.favorites_id_seq'::regclass);
CREATE TABLE public.favorites_0 (
    CONSTRAINT favorites_0_user_id_check CHECK (((user_id % 2) = 0))
)
INHERITS (public.favorites);
CREATE TABLE public.favorites_1 (
    CONSTRAINT favorites_1_user_id_check CHECK (((user_id % 2) = 1))
)
INHERITS (public.favorites);
ALTER TABLE ONLY public.favorites_0 ALTER COLUMN id SET DEFAULT nextval('public.favorites_id_seq'::regclass);
ALTER TABLE ONLY public.favorites_1 ALTER COLUMN id SET DEFAULT nextval('public.favorites_id_seq'::regclass);
CREATE INDEX index_favorites_0_on_user_id ON public.favorites_0 USING btree (user_id);

-- A parent with a CHECK its children inherit, and a child with a column of its own and a
-- column declared again with NOT NULL (merged with the inherited one).
CREATE TABLE events (
    id bigint NOT NULL,
    kind text NOT NULL,
    at timestamptz DEFAULT now(),
    CONSTRAINT events_kind_check CHECK (kind <> '')
);
CREATE TABLE events_login (
    at timestamptz NOT NULL,
    ip inet
) INHERITS (events);

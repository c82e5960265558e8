-- The inheritance children are gone (their rows with them, with --allow-data-loss), the parent
-- stays as it was and gets an index; a new child of `events` appears.
CREATE SEQUENCE public.favorites_id_seq;
CREATE TABLE public.favorites (
    id integer NOT NULL,
    user_id integer,
    post_id integer
);
ALTER TABLE ONLY public.favorites ALTER COLUMN id SET DEFAULT nextval('public.favorites_id_seq'::regclass);
CREATE INDEX index_favorites_on_user_id ON public.favorites USING btree (user_id);

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
CREATE TABLE events_logout (
    reason text DEFAULT 'user',
    CONSTRAINT events_logout_reason_check CHECK (reason IS NOT NULL)
) INHERITS (events);

-- pg_dump --schema-only of old.sql's database (PostgreSQL 15), plus one index on c1
SET statement_timeout = 0;
SELECT pg_catalog.set_config('search_path', '', false);
CREATE TABLE public.p (
    id integer NOT NULL,
    a integer DEFAULT 5 NOT NULL,
    b text,
    c integer,
    rid integer,
    CONSTRAINT p_c_check CHECK ((c > 0))
)
PARTITION BY RANGE (a);
CREATE TABLE public.c1 (
    id integer NOT NULL,
    a integer DEFAULT 5 NOT NULL,
    b text,
    c integer,
    rid integer,
    CONSTRAINT p_c_check CHECK ((c > 0))
);
CREATE TABLE public.cd (
    id integer NOT NULL,
    a integer DEFAULT 5 NOT NULL,
    b text,
    c integer,
    rid integer,
    CONSTRAINT p_c_check CHECK ((c > 0))
);
CREATE TABLE public.r (
    id integer NOT NULL
);
ALTER TABLE ONLY public.p ATTACH PARTITION public.c1 FOR VALUES FROM (0) TO (10);
ALTER TABLE ONLY public.p ATTACH PARTITION public.cd DEFAULT;
ALTER TABLE ONLY public.p
    ADD CONSTRAINT p_pkey PRIMARY KEY (id, a);
ALTER TABLE ONLY public.c1
    ADD CONSTRAINT c1_pkey PRIMARY KEY (id, a);
ALTER TABLE ONLY public.cd
    ADD CONSTRAINT cd_pkey PRIMARY KEY (id, a);
ALTER TABLE ONLY public.r
    ADD CONSTRAINT r_pkey PRIMARY KEY (id);
CREATE INDEX p_b_idx ON ONLY public.p USING btree (b);
CREATE INDEX c1_b_idx ON public.c1 USING btree (b);
CREATE INDEX c1_local ON public.c1 USING btree (c);
CREATE INDEX c1_rid_idx ON public.c1 USING btree (rid);
CREATE INDEX p_lower_idx ON ONLY public.p USING btree (lower(b));
CREATE INDEX c1_lower_idx ON public.c1 USING btree (lower(b));
CREATE INDEX cd_b_idx ON public.cd USING btree (b);
CREATE INDEX cd_lower_idx ON public.cd USING btree (lower(b));
ALTER INDEX public.p_b_idx ATTACH PARTITION public.c1_b_idx;
ALTER INDEX public.p_lower_idx ATTACH PARTITION public.c1_lower_idx;
ALTER INDEX public.p_pkey ATTACH PARTITION public.c1_pkey;
ALTER INDEX public.p_b_idx ATTACH PARTITION public.cd_b_idx;
ALTER INDEX public.p_lower_idx ATTACH PARTITION public.cd_lower_idx;
ALTER INDEX public.p_pkey ATTACH PARTITION public.cd_pkey;
ALTER TABLE public.p
    ADD CONSTRAINT p_rid_fkey FOREIGN KEY (rid) REFERENCES public.r(id);

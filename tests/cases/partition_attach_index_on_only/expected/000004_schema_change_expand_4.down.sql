-- 000004_schema_change_expand_4.down.sql
-- Reverts 000004_schema_change_expand_4.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - make index public.items_b_pkey the primary key of public.items_b
--   - attach public.items_a_pkey, public.items_b_pkey to public.items_pkey

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.items DROP CONSTRAINT items_pkey;

ALTER TABLE ONLY public.items ADD CONSTRAINT items_pkey PRIMARY KEY (id, kind);

CREATE UNIQUE INDEX items_a_pkey ON public.items_a USING btree (id, kind);

ALTER TABLE public.items_b DROP CONSTRAINT IF EXISTS items_b_pkey;

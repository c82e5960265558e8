-- 000004_schema_change_expand_4.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - make index public.items_b_pkey the primary key of public.items_b
--   - attach public.items_a_pkey, public.items_b_pkey to public.items_pkey
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.items_b, brief: the index is already built
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on each partition's index, brief; SHARE UPDATE EXCLUSIVE on public.items_pkey

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.items_b ADD CONSTRAINT items_b_pkey PRIMARY KEY USING INDEX items_b_pkey;

ALTER TABLE public.items_a ADD CONSTRAINT items_a_pkey PRIMARY KEY USING INDEX items_a_pkey;

ALTER INDEX public.items_pkey ATTACH PARTITION public.items_a_pkey;

ALTER INDEX public.items_pkey ATTACH PARTITION public.items_b_pkey;

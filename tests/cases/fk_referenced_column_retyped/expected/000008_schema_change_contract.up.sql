-- 000008_schema_change_contract.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - add back foreign key children_parent_id_fkey of public.children in the down
--   - swap gen_new_id in for id on public.parents
--   - swap gen_new_parent_id in for parent_id on public.children
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.parents and on the tables whose foreign keys reference it, brief: the prepared columns, indexes and validated NOT NULL checks are swapped in, CHECKs and foreign keys re-added NOT VALID
--   - [lossy-down] the down converts id back in place: it rewrites public.parents under ACCESS EXCLUSIVE
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.children, brief: the prepared columns, indexes and validated NOT NULL checks are swapped in, CHECKs and foreign keys re-added NOT VALID
--   - [lossy-down] the down converts parent_id back in place: it rewrites public.children under ACCESS EXCLUSIVE

SET LOCAL lock_timeout = '5s';

DROP TRIGGER gen_sync_parents ON public.parents;

DROP FUNCTION public.gen_sync_parents();

ALTER TABLE IF EXISTS public.children DROP CONSTRAINT IF EXISTS children_parent_id_fkey;

ALTER TABLE public.parents DROP COLUMN id;

ALTER TABLE public.parents RENAME COLUMN gen_new_id TO id;

ALTER TABLE public.parents ALTER COLUMN id SET NOT NULL;

ALTER TABLE public.parents DROP CONSTRAINT parents_gen_new_id_not_null;

ALTER TABLE public.parents ADD CONSTRAINT parents_pkey PRIMARY KEY USING INDEX parents_pkey_ccnew;

DROP TRIGGER gen_sync_children ON public.children;

DROP FUNCTION public.gen_sync_children();

ALTER TABLE public.children DROP COLUMN parent_id;

ALTER TABLE public.children RENAME COLUMN gen_new_parent_id TO parent_id;

ALTER TABLE public.children ADD CONSTRAINT children_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES public.parents (id) NOT VALID;

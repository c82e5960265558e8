-- 000008_schema_change_contract.down.sql
-- Reverts 000008_schema_change_contract.up.sql.
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Undoes:
--   - add back foreign key children_parent_id_fkey of public.children in the down
--   - swap gen_new_id in for id on public.parents
--   - swap gen_new_parent_id in for parent_id on public.children

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.children DROP CONSTRAINT IF EXISTS children_parent_id_fkey;

ALTER TABLE public.children ALTER COLUMN parent_id TYPE integer USING parent_id::integer;

ALTER TABLE public.parents ALTER COLUMN id TYPE integer USING id::integer;

ALTER TABLE public.children ADD CONSTRAINT children_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES public.parents (id);

-- 000001_schema_change_contract.down.sql
-- Reverts 000001_schema_change_contract.up.sql.
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Undoes:
--   - drop constraint children_parent_id_fkey on public.children
--   - alter column public.children.parent_id
--   - alter column public.parents.id
--   - add constraint children_parent_id_fkey on public.children (NOT VALID)

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.children DROP CONSTRAINT children_parent_id_fkey;

ALTER TABLE public.parents ALTER COLUMN id TYPE integer USING id::integer;

ALTER TABLE public.children ALTER COLUMN parent_id TYPE integer USING parent_id::integer;

ALTER TABLE public.children ADD CONSTRAINT children_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES public.parents (id);

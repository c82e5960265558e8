-- 000001_schema_change_contract.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - drop constraint children_parent_id_fkey on public.children
--   - alter column public.children.parent_id
--   - alter column public.parents.id
--   - add constraint children_parent_id_fkey on public.children (NOT VALID)
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.children, brief
--   - [table-rewrite] ACCESS EXCLUSIVE lock on public.children while the table and its indexes are rewritten (integer -> bigint)
--   - [table-rewrite] ACCESS EXCLUSIVE lock on public.parents while the table and its indexes are rewritten (integer -> bigint)
--   - [exclusive-lock] SHARE ROW EXCLUSIVE lock on public.children and public.parents, brief: NOT VALID skips the scan

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.children DROP CONSTRAINT children_parent_id_fkey;

ALTER TABLE public.children ALTER COLUMN parent_id TYPE bigint USING parent_id::bigint;

ALTER TABLE public.parents ALTER COLUMN id TYPE bigint USING id::bigint;

ALTER TABLE public.children ADD CONSTRAINT children_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES public.parents (id) NOT VALID;

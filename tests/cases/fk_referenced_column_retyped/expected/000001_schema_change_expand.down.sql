-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - add gen_new_parent_id beside parent_id on public.children, kept in sync by trigger gen_sync_children
--   - add gen_new_id beside id on public.parents, kept in sync by trigger gen_sync_parents

SET LOCAL lock_timeout = '5s';

DROP TRIGGER IF EXISTS gen_sync_parents ON public.parents;

DROP FUNCTION IF EXISTS public.gen_sync_parents();

ALTER TABLE public.parents DROP COLUMN IF EXISTS gen_new_id;

DROP TRIGGER IF EXISTS gen_sync_children ON public.children;

DROP FUNCTION IF EXISTS public.gen_sync_children();

ALTER TABLE public.children DROP COLUMN IF EXISTS gen_new_parent_id;

-- 000003_schema_change_backfill_2.down.sql
-- Reverts 000003_schema_change_backfill_2.up.sql.
-- Phase backfill: data moves; the schema already accepts both the old and the new shape.
--
-- Undoes:
--   - check gen_new_group_id IS NOT NULL (NOT VALID)
--   - check gen_new_user_id IS NOT NULL (NOT VALID)

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.memberships DROP CONSTRAINT IF EXISTS memberships_gen_new_user_id_not_null;

ALTER TABLE public.memberships DROP CONSTRAINT IF EXISTS memberships_gen_new_group_id_not_null;

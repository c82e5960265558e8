-- 000003_schema_change_backfill_2.up.sql
-- Phase backfill: data moves; the schema already accepts both the old and the new shape.
--
-- Changes:
--   - check gen_new_group_id IS NOT NULL (NOT VALID)
--   - check gen_new_user_id IS NOT NULL (NOT VALID)
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.memberships, brief: NOT VALID skips the scan

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.memberships ADD CONSTRAINT memberships_gen_new_group_id_not_null CHECK (gen_new_group_id IS NOT NULL) NOT VALID;

ALTER TABLE public.memberships ADD CONSTRAINT memberships_gen_new_user_id_not_null CHECK (gen_new_user_id IS NOT NULL) NOT VALID;

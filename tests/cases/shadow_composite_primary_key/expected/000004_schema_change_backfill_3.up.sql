-- 000004_schema_change_backfill_3.up.sql
-- Phase backfill: data moves; the schema already accepts both the old and the new shape.
--
-- Changes:
--   - validate that gen_new_group_id has no NULLs
--   - validate that gen_new_user_id has no NULLs
--
-- Hazards (locks, rewrites, scans):
--   - [validates-scan] scans public.memberships under SHARE UPDATE EXCLUSIVE: reads and writes continue

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.memberships VALIDATE CONSTRAINT memberships_gen_new_group_id_not_null;

ALTER TABLE public.memberships VALIDATE CONSTRAINT memberships_gen_new_user_id_not_null;

-- 000004_schema_change_backfill_3.up.sql
-- Phase backfill: data moves; the schema already accepts both the old and the new shape.
--
-- Changes:
--   - validate that gen_new_code has no NULLs
--   - validate that gen_new_id has no NULLs
--   - validate that gen_new_owner_id has no NULLs
--
-- Hazards (locks, rewrites, scans):
--   - [validates-scan] scans public.accounts under SHARE UPDATE EXCLUSIVE: reads and writes continue

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.accounts VALIDATE CONSTRAINT accounts_gen_new_code_not_null;

ALTER TABLE public.accounts VALIDATE CONSTRAINT accounts_gen_new_id_not_null;

ALTER TABLE public.accounts VALIDATE CONSTRAINT accounts_gen_new_owner_id_not_null;

-- 000005_schema_change_contract_2.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - rename index public.notes_body_idx_ccnew to notes_body_idx
--   - mark index notes_body_idx of public.notes for CLUSTER
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] SHARE UPDATE EXCLUSIVE lock on the index, brief
--   - [exclusive-lock] SHARE UPDATE EXCLUSIVE lock on public.notes, brief; catalog only

SET LOCAL lock_timeout = '5s';

ALTER INDEX public.notes_body_idx_ccnew RENAME TO notes_body_idx;

ALTER TABLE public.notes CLUSTER ON notes_body_idx;

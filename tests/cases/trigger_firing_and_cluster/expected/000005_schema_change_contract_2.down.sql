-- 000005_schema_change_contract_2.down.sql
-- Reverts 000005_schema_change_contract_2.up.sql.
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Undoes:
--   - rename index public.notes_body_idx_ccnew to notes_body_idx
--   - mark index notes_body_idx of public.notes for CLUSTER

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.notes SET WITHOUT CLUSTER;

ALTER INDEX public.notes_body_idx RENAME TO notes_body_idx_ccnew;

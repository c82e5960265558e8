-- 000004_schema_change_contract.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - drop index public.notes_body_idx concurrently
--
-- Hazards (locks, rewrites, scans):
--   - [concurrently] drops the index under SHARE UPDATE EXCLUSIVE: reads and writes continue
--
-- No transaction: this file holds one statement that must not run inside a transaction
-- block. golang-migrate sends a file as one query string, so it stays alone in this file.

DROP INDEX CONCURRENTLY public.notes_body_idx;

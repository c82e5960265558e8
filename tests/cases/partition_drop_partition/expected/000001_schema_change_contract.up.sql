-- 000001_schema_change_contract.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - detach partition public.logs_2023 from public.logs
--
-- Hazards (locks, rewrites, scans):
--   - [concurrently] detaches public.logs_2023 CONCURRENTLY: SHARE UPDATE EXCLUSIVE on public.logs (reads and writes continue), after waiting for the transactions that use it
--
-- No transaction: this file holds one statement that must not run inside a transaction
-- block. golang-migrate sends a file as one query string, so it stays alone in this file.

ALTER TABLE public.logs DETACH PARTITION public.logs_2023 CONCURRENTLY;

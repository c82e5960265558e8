-- 000001_schema_change_contract.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - detach partition public.metrics_2023 from public.metrics
--
-- Hazards (locks, rewrites, scans):
--   - [concurrently] detaches public.metrics_2023 CONCURRENTLY: SHARE UPDATE EXCLUSIVE on public.metrics (reads and writes continue), after waiting for the transactions that use it
--
-- No transaction: this file holds one statement that must not run inside a transaction
-- block. golang-migrate sends a file as one query string, so it stays alone in this file.

ALTER TABLE public.metrics DETACH PARTITION public.metrics_2023 CONCURRENTLY;

-- 000007_schema_change_contract.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - drop index public.visits_country_idx with its partitions' indexes
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.visits and its partitions, brief (an index of a partitioned table cannot be dropped CONCURRENTLY)

SET LOCAL lock_timeout = '5s';

DROP INDEX public.visits_country_idx;

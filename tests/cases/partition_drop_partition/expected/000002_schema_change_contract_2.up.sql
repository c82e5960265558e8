-- 000002_schema_change_contract_2.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - drop partition public.logs_2023
--
-- Hazards (locks, rewrites, scans):
--   - [deletes-data] deletes partition public.logs_2023 and its rows

SET LOCAL lock_timeout = '5s';

DROP TABLE public.logs_2023;

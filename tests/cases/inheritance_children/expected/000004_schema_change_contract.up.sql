-- 000004_schema_change_contract.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - drop index public.index_favorites_0_on_user_id with its table
--   - drop table public.favorites_0
--   - drop table public.favorites_1
--
-- Hazards (locks, rewrites, scans):
--   - [deletes-data] deletes table public.favorites_0 and its rows
--   - [deletes-data] deletes table public.favorites_1 and its rows

SET LOCAL lock_timeout = '5s';

DROP TABLE public.favorites_0;

DROP TABLE public.favorites_1;

-- 000001_schema_change_contract.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - detach partition public.orders_done from public.orders
--   - drop partition public.orders_done
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.orders and public.orders_done, brief: public.orders has a DEFAULT partition, which rules out DETACH CONCURRENTLY
--   - [deletes-data] deletes partition public.orders_done and its rows

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.orders DETACH PARTITION public.orders_done;

DROP TABLE public.orders_done;

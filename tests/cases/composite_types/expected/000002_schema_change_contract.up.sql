-- 000002_schema_change_contract.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - alter type public.address
--   - alter type public.point3
--   - drop type public.gone
--
-- Hazards (locks, rewrites, scans):
--   - [deletes-data] attribute floor of type public.address dropped: its values in public.customers.home are lost
--   - [lossy-down] the down drops attribute country, feeling of type public.address again: its values in public.customers.home are lost

SET LOCAL lock_timeout = '5s';

ALTER TYPE public.address DROP ATTRIBUTE floor, ADD ATTRIBUTE country text, ADD ATTRIBUTE feeling public.mood;

ALTER TYPE public.point3 DROP ATTRIBUTE y, ALTER ATTRIBUTE x TYPE bigint, ALTER ATTRIBUTE z TYPE bigint, ADD ATTRIBUTE y bigint;

DROP TYPE public.gone;

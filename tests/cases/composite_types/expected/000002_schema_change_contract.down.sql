-- 000002_schema_change_contract.down.sql
-- Reverts 000002_schema_change_contract.up.sql.
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Undoes:
--   - alter type public.address
--   - alter type public.point3
--   - drop type public.gone

SET LOCAL lock_timeout = '5s';

CREATE TYPE public.gone AS (a integer);

ALTER TYPE public.point3 DROP ATTRIBUTE z, ALTER ATTRIBUTE x TYPE integer, ALTER ATTRIBUTE y TYPE integer, ADD ATTRIBUTE z integer;

ALTER TYPE public.address DROP ATTRIBUTE country, DROP ATTRIBUTE feeling, ADD ATTRIBUTE floor integer;

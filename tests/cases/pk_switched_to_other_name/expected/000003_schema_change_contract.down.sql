-- 000003_schema_change_contract.down.sql
-- Reverts 000003_schema_change_contract.up.sql.
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Undoes:
--   - drop constraint devices_primary_key on public.devices
--   - add constraint devices_pkey on public.devices using its index

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.devices DROP CONSTRAINT devices_pkey;

ALTER TABLE public.devices ADD CONSTRAINT devices_primary_key PRIMARY KEY (id);

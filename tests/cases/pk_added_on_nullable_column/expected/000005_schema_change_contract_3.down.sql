-- 000005_schema_change_contract_3.down.sql
-- Reverts 000005_schema_change_contract_3.up.sql.
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Undoes:
--   - set public.events.id NOT NULL
--   - add constraint events_pkey on public.events using its index

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.events DROP CONSTRAINT events_pkey;

ALTER TABLE public.events ADD CONSTRAINT events_id_not_null CHECK (id IS NOT NULL) NOT VALID;

ALTER TABLE public.events ALTER COLUMN id DROP NOT NULL;

-- 000003_schema_change_contract.down.sql
-- Reverts 000003_schema_change_contract.up.sql.
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Undoes:
--   - swap gen_new_score in for score on public.events

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.events ALTER COLUMN score TYPE integer USING score::integer;

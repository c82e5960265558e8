-- 000001_schema_change_contract.down.sql
-- Reverts 000001_schema_change_contract.up.sql.
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Undoes:
--   - drop column public.audit.origin

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.audit ADD COLUMN origin text;

-- 000002_schema_change_contract.down.sql
-- Reverts 000002_schema_change_contract.up.sql.
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Undoes:
--   - tighten domain public.email
--   - tighten domain public.quantity
--   - tighten domain public.score
--   - drop domain public.legacy_code

SET LOCAL lock_timeout = '5s';

CREATE DOMAIN public.legacy_code AS character varying(10);

ALTER DOMAIN public.score DROP CONSTRAINT score_range;

ALTER DOMAIN public.score ADD CONSTRAINT score_range CHECK (VALUE BETWEEN 0 AND 100) NOT VALID;

ALTER DOMAIN public.quantity DROP CONSTRAINT quantity_small;

ALTER DOMAIN public.quantity ADD CONSTRAINT quantity_positive CHECK (VALUE > 0);

ALTER DOMAIN public.email DROP NOT NULL;

ALTER DOMAIN public.email DROP CONSTRAINT email_check1;

-- 000002_schema_change_contract.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - tighten domain public.email
--   - tighten domain public.quantity
--   - tighten domain public.score
--   - drop domain public.legacy_code
--
-- Hazards (locks, rewrites, scans):
--   - [blocks-writes] ADD CONSTRAINT email_check1, SET NOT NULL checks every value of the domain under a SHARE lock on public.orders: writes wait until the scan ends
--   - [blocks-writes] ADD CONSTRAINT quantity_small checks every value of the domain under a SHARE lock on public.orders: writes wait until the scan ends
--   - [blocks-writes] VALIDATE CONSTRAINT score_range checks every value of the domain under a SHARE lock on public.orders: writes wait until the scan ends

SET LOCAL lock_timeout = '5s';

ALTER DOMAIN public.email ADD CONSTRAINT email_check1 CHECK (length(VALUE) < 200);

ALTER DOMAIN public.email SET NOT NULL;

ALTER DOMAIN public.quantity DROP CONSTRAINT quantity_positive;

ALTER DOMAIN public.quantity ADD CONSTRAINT quantity_small CHECK (VALUE < 1000);

ALTER DOMAIN public.score VALIDATE CONSTRAINT score_range;

DROP DOMAIN public.legacy_code;

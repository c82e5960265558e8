-- 000002_schema_change_contract_2.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - drop function public.initials(words text[])
--
-- Hazards (locks, rewrites, scans):
--   - [breaks-old-app] the running application can no longer call public.initials(words text[])

SET LOCAL lock_timeout = '5s';

DROP FUNCTION public.initials(words text[]);

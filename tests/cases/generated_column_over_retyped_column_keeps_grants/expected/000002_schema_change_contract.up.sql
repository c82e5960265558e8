-- 000002_schema_change_contract.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - remove the grant option of SELECT on column public.t.g for gen_app_writer

SET LOCAL lock_timeout = '5s';

REVOKE GRANT OPTION FOR SELECT (g) ON TABLE public.t FROM gen_app_writer;

-- 000002_schema_change_contract.down.sql
-- Reverts 000002_schema_change_contract.up.sql.
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Undoes:
--   - revoke EXECUTE on ROUTINE public.add_one(i integer) from PUBLIC
--   - revoke INSERT on TABLE public.accounts from gen_app_writer
--   - revoke USAGE on TYPE public.tier from PUBLIC
--   - drop table public.old_audit

SET LOCAL lock_timeout = '5s';

CREATE TABLE public.old_audit (
    id integer NOT NULL,
    CONSTRAINT old_audit_pkey PRIMARY KEY (id)
);

GRANT USAGE ON TYPE public.tier TO PUBLIC;

GRANT INSERT ON TABLE public.accounts TO gen_app_writer;

GRANT EXECUTE ON ROUTINE public.add_one(i integer) TO PUBLIC;

-- 000002_schema_change_contract.down.sql
-- Reverts 000002_schema_change_contract.up.sql.
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Undoes:
--   - drop table public.audit_old

SET LOCAL lock_timeout = '5s';

CREATE TABLE public.audit_old (
    id bigint NOT NULL,
    note text,
    CONSTRAINT audit_old_pkey PRIMARY KEY (id)
);

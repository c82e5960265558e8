-- 000001_schema_change_contract.down.sql
-- Reverts 000001_schema_change_contract.up.sql.
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Undoes:
--   - drop table public.jobs
--   - create table public._private_jobs
--   - replace the definition of function public.force_unlock(workers text[])

SET LOCAL lock_timeout = '5s';

SET LOCAL check_function_bodies = off;

CREATE OR REPLACE FUNCTION force_unlock(workers text[]) RETURNS void AS $$
update jobs set locked_by = null where locked_by = any(workers);
$$ LANGUAGE sql VOLATILE;

SET LOCAL check_function_bodies = on;

DROP TABLE public._private_jobs;

CREATE TABLE public.jobs (
    id bigint NOT NULL,
    locked_by text,
    CONSTRAINT jobs_pkey PRIMARY KEY (id)
);

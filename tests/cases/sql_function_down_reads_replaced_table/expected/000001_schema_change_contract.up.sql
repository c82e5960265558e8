-- 000001_schema_change_contract.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - drop table public.jobs
--   - create table public._private_jobs
--   - replace the definition of function public.force_unlock(workers text[])
--
-- Hazards (locks, rewrites, scans):
--   - [deletes-data] deletes table public.jobs and its rows

SET LOCAL lock_timeout = '5s';

DROP TABLE public.jobs;

CREATE TABLE public._private_jobs (
    id bigint NOT NULL,
    locked_by text,
    CONSTRAINT jobs_pkey PRIMARY KEY (id)
);

CREATE OR REPLACE FUNCTION force_unlock(workers text[]) RETURNS void AS $$
update _private_jobs set locked_by = null where locked_by = any(workers);
$$ LANGUAGE sql VOLATILE;

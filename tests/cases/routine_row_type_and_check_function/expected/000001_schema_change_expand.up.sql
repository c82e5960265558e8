-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - create function public.valid_tags(tags jsonb)
--   - create table public.jobs
--   - create function public.job_state(job jobs)
--   - create function public.jobs_in(state text)

SET LOCAL lock_timeout = '5s';

CREATE FUNCTION public.valid_tags(tags jsonb) RETURNS boolean
    LANGUAGE plpgsql IMMUTABLE
    AS $$ BEGIN RETURN jsonb_typeof(tags) = 'array'; END $$;

CREATE TABLE public.jobs (
    id bigint NOT NULL,
    state text DEFAULT 'new' NOT NULL,
    tags jsonb DEFAULT '[]' NOT NULL,
    CONSTRAINT jobs_tags_check CHECK (public.valid_tags(tags))
);

CREATE FUNCTION public.job_state(job public.jobs) RETURNS text
    LANGUAGE plpgsql STABLE
    AS $$ BEGIN RETURN job.state; END $$;

CREATE FUNCTION public.jobs_in(state text) RETURNS SETOF public.jobs
    LANGUAGE sql STABLE
    AS $$ SELECT * FROM public.jobs WHERE jobs.state = jobs_in.state $$;

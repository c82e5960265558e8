-- A function whose argument is a table's row type comes after the table; a function the
-- table's CHECK calls comes before it (pg_dump writes them in this order).
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

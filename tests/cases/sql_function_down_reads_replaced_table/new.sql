CREATE TABLE _private_jobs (id bigint CONSTRAINT jobs_pkey PRIMARY KEY, locked_by text);
CREATE FUNCTION force_unlock(workers text[]) RETURNS void AS $$
update _private_jobs set locked_by = null where locked_by = any(workers);
$$ LANGUAGE sql VOLATILE;

-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - create type public.st__gen_new with the new labels of public.st, for the shadow columns
--   - add gen_new_status beside status on public.jobs, kept in sync by trigger gen_sync_jobs
--   - grant EXECUTE on ROUTINE public.is_done(s st) to PUBLIC
--   - drop function public.done_count()

SET LOCAL lock_timeout = '5s';

CREATE OR REPLACE FUNCTION done_count() RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM jobs WHERE is_done(status) $$;

REVOKE EXECUTE ON ROUTINE public.is_done(s st) FROM PUBLIC;

DROP TRIGGER IF EXISTS gen_sync_jobs ON public.jobs;

DROP FUNCTION IF EXISTS public.gen_sync_jobs();

ALTER TABLE public.jobs DROP COLUMN IF EXISTS gen_new_status;

DROP TYPE IF EXISTS public.st__gen_new;

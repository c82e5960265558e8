-- 000002_schema_change_expand_2.down.sql
-- Reverts 000002_schema_change_expand_2.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - change the labels of type public.job_state

SET LOCAL lock_timeout = '5s';

CREATE TYPE public.job_state__gen_new AS ENUM ('waiting', 'running', 'done');

ALTER TABLE public.tasks ALTER COLUMN state TYPE public.job_state__gen_new USING state::text::public.job_state__gen_new;

DROP TYPE public.job_state;

ALTER TYPE public.job_state__gen_new RENAME TO job_state;

-- 000002_schema_change_expand_2.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - change the labels of type public.st
--
-- Hazards (locks, rewrites, scans):
--   - [table-rewrite] rebuilds type public.st: rewrites the small tables with a column of that type

SET LOCAL lock_timeout = '5s';

CREATE TYPE public.st__gen_new AS ENUM ('todo', 'doing', 'done');

ALTER TABLE public.jobs ALTER COLUMN status DROP DEFAULT;

ALTER TABLE public.jobs ALTER COLUMN status TYPE public.st__gen_new USING status::text::public.st__gen_new;

DROP TYPE public.st;

ALTER TYPE public.st__gen_new RENAME TO st;

ALTER TABLE public.jobs ALTER COLUMN status SET DEFAULT 'todo';

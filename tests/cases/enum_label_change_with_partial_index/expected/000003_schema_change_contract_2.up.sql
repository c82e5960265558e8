-- 000003_schema_change_contract_2.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - change the labels of type public.priority
--
-- Hazards (locks, rewrites, scans):
--   - [table-rewrite] rebuilds type public.priority: rewrites the small tables with a column of that type

SET LOCAL lock_timeout = '5s';

CREATE TYPE public.priority__gen_new AS ENUM ('normal', 'high', 'urgent');

DROP INDEX public.tasks_high_idx;

ALTER TABLE public.tasks ALTER COLUMN priority DROP DEFAULT;

ALTER TABLE public.tasks ALTER COLUMN priority TYPE public.priority__gen_new USING priority::text::public.priority__gen_new;

DROP TYPE public.priority;

ALTER TYPE public.priority__gen_new RENAME TO priority;

ALTER TABLE public.tasks ALTER COLUMN priority SET DEFAULT 'normal';

CREATE INDEX tasks_high_idx ON public.tasks USING btree (id) WHERE priority = 'high';

-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - change the labels of type public.priority

SET LOCAL lock_timeout = '5s';

CREATE TYPE public.priority__gen_new AS ENUM ('low', 'high');

ALTER TABLE public.tasks ALTER COLUMN priority DROP DEFAULT;

ALTER TABLE public.tasks ALTER COLUMN priority TYPE public.priority__gen_new USING priority::text::public.priority__gen_new;

DROP TYPE public.priority;

ALTER TYPE public.priority__gen_new RENAME TO priority;

-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - change the labels of type public.status

SET LOCAL lock_timeout = '5s';

CREATE TYPE public.status__gen_new AS ENUM ('new', 'done');

ALTER TABLE public.task ALTER COLUMN status DROP DEFAULT;

ALTER TABLE public.task ALTER COLUMN status TYPE public.status__gen_new USING status::text::public.status__gen_new;

DROP TYPE public.status;

ALTER TYPE public.status__gen_new RENAME TO status;

ALTER TABLE public.task ALTER COLUMN status SET DEFAULT 'new';

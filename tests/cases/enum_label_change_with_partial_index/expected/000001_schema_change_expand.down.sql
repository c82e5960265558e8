-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - change the labels of type public.status

SET LOCAL lock_timeout = '5s';

CREATE TYPE public.status__gen_new AS ENUM ('draft', 'open', 'paid');

DROP INDEX public.tasks_is_paid_idx;

DROP INDEX public.tasks_open_idx;

ALTER TABLE public.tasks DROP CONSTRAINT tasks_paid_check;

ALTER TABLE public.tasks ALTER COLUMN status DROP DEFAULT;

ALTER TABLE public.tasks ALTER COLUMN status TYPE public.status__gen_new USING status::text::public.status__gen_new;

DROP TYPE public.status;

ALTER TYPE public.status__gen_new RENAME TO status;

ALTER TABLE public.tasks ALTER COLUMN status SET DEFAULT 'draft';

CREATE INDEX tasks_is_paid_idx ON public.tasks USING btree ((status = 'paid'));

CREATE INDEX tasks_open_idx ON public.tasks USING btree (id) WHERE status = 'open';

COMMENT ON INDEX public.tasks_open_idx IS 'the open ones';

ALTER TABLE public.tasks ADD CONSTRAINT tasks_paid_check CHECK (status <> 'paid' OR paid_at IS NOT NULL);

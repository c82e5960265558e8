-- 000007_schema_change_contract.down.sql
-- Reverts 000007_schema_change_contract.up.sql.
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Undoes:
--   - swap gen_new_status in for status on public.tickets

SET LOCAL lock_timeout = '5s';

DROP INDEX IF EXISTS public.tickets_open;

ALTER TABLE public.tickets ALTER COLUMN status DROP DEFAULT;

ALTER TABLE public.tickets ALTER COLUMN status DROP NOT NULL;

ALTER TABLE public.tickets ALTER COLUMN status TYPE text USING status::text;

ALTER TABLE public.tickets ALTER COLUMN status SET DEFAULT 'o';

CREATE INDEX tickets_open ON public.tickets USING btree (id) WHERE status = 'o';

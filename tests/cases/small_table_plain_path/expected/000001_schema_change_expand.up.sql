-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - add column public.plans.big_id
--   - add constraint plans_big_id_fkey on public.plans
--   - add constraint plans_code_key on public.plans
--   - add constraint plans_price_cents_check on public.plans
--   - create index public.plans_price_idx
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.plans, brief: no rewrite (PostgreSQL 11+)
--   - [blocks-writes] SHARE ROW EXCLUSIVE lock on public.plans while the constraint is checked (a small table: brief)
--   - [blocks-writes] ACCESS EXCLUSIVE lock on public.plans while the constraint is checked (a small table: brief)
--   - [blocks-writes] SHARE lock on public.plans while the index is built: writes wait (a small table: brief)
--
-- Before the next phase:
--   Deploy application code that writes the new columns before running the backfill.

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.plans ADD COLUMN big_id bigint;

ALTER TABLE public.plans ADD CONSTRAINT plans_big_id_fkey FOREIGN KEY (big_id) REFERENCES public.big (id);

ALTER TABLE public.plans ADD CONSTRAINT plans_code_key UNIQUE (code);

ALTER TABLE public.plans ADD CONSTRAINT plans_price_cents_check CHECK (price_cents >= 0);

CREATE INDEX plans_price_idx ON public.plans USING btree (price_cents);

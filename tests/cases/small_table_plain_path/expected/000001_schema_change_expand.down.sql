-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - add column public.plans.big_id
--   - add constraint plans_big_id_fkey on public.plans
--   - add constraint plans_code_key on public.plans
--   - add constraint plans_price_cents_check on public.plans
--   - create index public.plans_price_idx

SET LOCAL lock_timeout = '5s';

DROP INDEX public.plans_price_idx;

ALTER TABLE public.plans DROP CONSTRAINT plans_price_cents_check;

ALTER TABLE public.plans DROP CONSTRAINT plans_code_key;

ALTER TABLE public.plans DROP CONSTRAINT plans_big_id_fkey;

ALTER TABLE public.plans DROP COLUMN big_id;

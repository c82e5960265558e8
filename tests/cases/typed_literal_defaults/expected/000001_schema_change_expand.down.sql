-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - add column public.prices.amount
--   - add column public.prices.host
--   - add column public.prices.note
--   - add column public.prices.rounded
--   - add constraint prices_host_check on public.prices (NOT VALID)
--   - set comments

SET LOCAL lock_timeout = '5s';

COMMENT ON COLUMN public.prices.note IS NULL;

ALTER TABLE public.prices DROP CONSTRAINT prices_host_check;

ALTER TABLE public.prices DROP COLUMN rounded;

ALTER TABLE public.prices DROP COLUMN note;

ALTER TABLE public.prices DROP COLUMN host;

ALTER TABLE public.prices DROP COLUMN amount;

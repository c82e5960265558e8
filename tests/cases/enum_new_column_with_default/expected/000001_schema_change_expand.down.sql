-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - create type public.subscription_state
--   - add column public.subscriptions.state

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.subscriptions DROP COLUMN state;

DROP TYPE public.subscription_state;

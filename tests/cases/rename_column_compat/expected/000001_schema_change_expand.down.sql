-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - add email, points beside mail, score on public.customers, kept in sync by trigger gen_sync_customers

SET LOCAL lock_timeout = '5s';

DROP TRIGGER IF EXISTS gen_sync_customers ON public.customers;

DROP FUNCTION IF EXISTS public.gen_sync_customers();

ALTER TABLE public.customers DROP COLUMN IF EXISTS email;

ALTER TABLE public.customers DROP COLUMN IF EXISTS points;

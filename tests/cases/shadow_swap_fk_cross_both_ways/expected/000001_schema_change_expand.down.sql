-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - add gen_new_ref beside ref on public.accounts, kept in sync by trigger gen_sync_accounts
--   - add gen_new_ref beside ref on public.ledgers, kept in sync by trigger gen_sync_ledgers

SET LOCAL lock_timeout = '5s';

DROP TRIGGER IF EXISTS gen_sync_ledgers ON public.ledgers;

DROP FUNCTION IF EXISTS public.gen_sync_ledgers();

ALTER TABLE public.ledgers DROP COLUMN IF EXISTS gen_new_ref;

DROP TRIGGER IF EXISTS gen_sync_accounts ON public.accounts;

DROP FUNCTION IF EXISTS public.gen_sync_accounts();

ALTER TABLE public.accounts DROP COLUMN IF EXISTS gen_new_ref;

-- 000005_schema_change_contract.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - drop materialized view public.balances (to create it again)
--   - drop view public.rich_emails (to create it again)
--   - drop view public.rich (to create it again)
--   - swap gen_new_balance in for balance on public.accounts
--   - create again view public.rich
--   - create again view public.rich_emails
--   - drop function public.unused(x integer)
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.accounts, brief: the prepared columns, indexes and validated NOT NULL checks are swapped in, CHECKs and foreign keys re-added NOT VALID
--   - [lossy-down] the down converts balance back in place: it rewrites public.accounts under ACCESS EXCLUSIVE
--   - [breaks-old-app] the running application can no longer call public.unused(x integer)

SET LOCAL lock_timeout = '5s';

DROP MATERIALIZED VIEW public.balances;

DROP VIEW public.rich_emails;

DROP VIEW public.rich;

DROP TRIGGER gen_sync_accounts ON public.accounts;

DROP FUNCTION public.gen_sync_accounts();

ALTER TABLE public.accounts DROP COLUMN balance;

ALTER TABLE public.accounts RENAME COLUMN gen_new_balance TO balance;

ALTER TABLE public.accounts ALTER COLUMN balance SET DEFAULT 0;

ALTER TABLE public.accounts ALTER COLUMN balance SET NOT NULL;

ALTER TABLE public.accounts DROP CONSTRAINT accounts_gen_new_balance_not_null;

CREATE VIEW rich AS SELECT id, email, balance FROM accounts WHERE balance > rich_limit();

CREATE VIEW rich_emails AS SELECT email FROM rich;

DROP FUNCTION public.unused(x integer);

-- 000008_schema_change_contract.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - add back foreign key ledgers_ref_fkey of public.ledgers in the down
--   - swap gen_new_ref in for ref on public.ledgers
--   - swap gen_new_ref in for ref on public.accounts
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.ledgers and on the tables whose foreign keys reference it, brief: the prepared columns, indexes and validated NOT NULL checks are swapped in, CHECKs and foreign keys re-added NOT VALID
--   - [lossy-down] the down converts ref back in place: it rewrites public.ledgers under ACCESS EXCLUSIVE
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.accounts and on the tables whose foreign keys reference it, brief: the prepared columns, indexes and validated NOT NULL checks are swapped in, CHECKs and foreign keys re-added NOT VALID
--   - [lossy-down] the down converts ref back in place: it rewrites public.accounts under ACCESS EXCLUSIVE

SET LOCAL lock_timeout = '5s';

DROP TRIGGER gen_sync_ledgers ON public.ledgers;

DROP FUNCTION public.gen_sync_ledgers();

ALTER TABLE public.ledgers DROP COLUMN ref;

ALTER TABLE public.ledgers RENAME COLUMN gen_new_ref TO ref;

ALTER TABLE public.ledgers ADD CONSTRAINT ledgers_ref_key UNIQUE USING INDEX ledgers_ref_key_ccnew;

DROP TRIGGER gen_sync_accounts ON public.accounts;

DROP FUNCTION public.gen_sync_accounts();

ALTER TABLE IF EXISTS public.ledgers DROP CONSTRAINT IF EXISTS ledgers_ref_fkey;

ALTER TABLE public.accounts DROP COLUMN ref;

ALTER TABLE public.accounts RENAME COLUMN gen_new_ref TO ref;

ALTER TABLE public.accounts ADD CONSTRAINT accounts_ref_key UNIQUE USING INDEX accounts_ref_key_ccnew;

ALTER TABLE public.accounts ADD CONSTRAINT accounts_ref_fkey FOREIGN KEY (ref) REFERENCES public.ledgers (ref) NOT VALID;

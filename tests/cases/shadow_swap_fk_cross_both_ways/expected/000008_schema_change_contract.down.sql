-- 000008_schema_change_contract.down.sql
-- Reverts 000008_schema_change_contract.up.sql.
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Undoes:
--   - add back foreign key ledgers_ref_fkey of public.ledgers in the down
--   - swap gen_new_ref in for ref on public.ledgers
--   - swap gen_new_ref in for ref on public.accounts

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.accounts DROP CONSTRAINT IF EXISTS accounts_ref_fkey;

ALTER TABLE public.accounts ALTER COLUMN ref TYPE integer USING ref::integer;

ALTER TABLE public.accounts DROP CONSTRAINT IF EXISTS accounts_ref_fkey;

ALTER TABLE public.ledgers ALTER COLUMN ref TYPE integer USING ref::integer;

ALTER TABLE public.ledgers ADD CONSTRAINT ledgers_ref_fkey FOREIGN KEY (ref) REFERENCES public.accounts (ref);

-- 000004_schema_change_contract_2.down.sql
-- Reverts 000004_schema_change_contract_2.up.sql.
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Undoes:
--   - build the unique index of accounts_email_idx on public.accounts concurrently
--
-- No transaction: this file holds one statement that must not run inside a transaction
-- block. golang-migrate sends a file as one query string, so it stays alone in this file.

DROP INDEX CONCURRENTLY IF EXISTS public.accounts_email_idx;

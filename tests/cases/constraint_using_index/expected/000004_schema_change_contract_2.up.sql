-- 000004_schema_change_contract_2.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - build the unique index of accounts_email_idx on public.accounts concurrently
--
-- Hazards (locks, rewrites, scans):
--   - builds the index under SHARE UPDATE EXCLUSIVE: reads and writes on public.accounts continue
--
-- No transaction: this file holds one statement that must not run inside a transaction
-- block. golang-migrate sends a file as one query string, so it stays alone in this file.

CREATE UNIQUE INDEX CONCURRENTLY accounts_email_idx ON public.accounts USING btree (email) INCLUDE (tenant);

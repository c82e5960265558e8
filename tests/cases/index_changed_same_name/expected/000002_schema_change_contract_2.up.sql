-- 000002_schema_change_contract_2.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - create index public.orders_lookup_idx concurrently
--
-- Hazards (locks, rewrites, scans):
--   - builds the index under SHARE UPDATE EXCLUSIVE: reads and writes on public.orders continue
--
-- No transaction: this file holds one statement that must not run inside a transaction
-- block. golang-migrate sends a file as one query string, so it stays alone in this file.

CREATE INDEX CONCURRENTLY orders_lookup_idx ON public.orders USING btree (customer_id, status);

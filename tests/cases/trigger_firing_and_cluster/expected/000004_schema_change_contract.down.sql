-- 000004_schema_change_contract.down.sql
-- Reverts 000004_schema_change_contract.up.sql.
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Undoes:
--   - drop index public.notes_body_idx concurrently
--
-- No transaction: this file holds one statement that must not run inside a transaction
-- block. golang-migrate sends a file as one query string, so it stays alone in this file.

CREATE INDEX CONCURRENTLY notes_body_idx ON public.notes USING btree (body);

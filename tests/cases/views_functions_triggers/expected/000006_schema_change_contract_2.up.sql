-- 000006_schema_change_contract_2.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - create again materialized view public.balances
--
-- Hazards (locks, rewrites, scans):
--   - [row-locks] computes the rows of public.balances (as long as its query takes; the tables it reads stay writable)

SET LOCAL lock_timeout = '5s';

CREATE MATERIALIZED VIEW balances AS SELECT sum(balance) AS total FROM accounts;

CREATE UNIQUE INDEX balances_total ON public.balances USING btree (total);

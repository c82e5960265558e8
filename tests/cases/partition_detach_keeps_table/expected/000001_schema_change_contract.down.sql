-- 000001_schema_change_contract.down.sql
-- Reverts 000001_schema_change_contract.up.sql.
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Undoes:
--   - detach partition public.metrics_2023 from public.metrics
--
-- No transaction: this file holds one statement that must not run inside a transaction
-- block. golang-migrate sends a file as one query string, so it stays alone in this file.

ALTER TABLE public.metrics ATTACH PARTITION public.metrics_2023 FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');

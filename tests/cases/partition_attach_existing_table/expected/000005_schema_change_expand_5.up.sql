-- 000005_schema_change_expand_5.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - attach public.invoices_2023 to public.invoices as a partition (FOR VALUES FROM ('2023-01-01') TO ('2024-01-01'))
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.invoices_2023, brief: its validated CHECK spares the scan
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on the DEFAULT partition public.invoices_other, brief: its validated CHECK spares the scan

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.invoices ATTACH PARTITION public.invoices_2023 FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');

ALTER TABLE public.invoices_2023 DROP CONSTRAINT invoices_2023_partition_bound;

ALTER TABLE public.invoices_other DROP CONSTRAINT invoices_other_not_invoices_2023;

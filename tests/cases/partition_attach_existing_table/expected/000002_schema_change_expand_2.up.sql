-- 000002_schema_change_expand_2.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - validate CHECK invoices_2023_partition_bound on public.invoices_2023
--   - validate CHECK invoices_amount_check on public.invoices_2023
--   - validate CHECK invoices_other_not_invoices_2023 on public.invoices_other
--
-- Hazards (locks, rewrites, scans):
--   - [validates-scan] scans public.invoices_2023 under SHARE UPDATE EXCLUSIVE: reads and writes continue
--   - [validates-scan] scans public.invoices_other under SHARE UPDATE EXCLUSIVE: reads and writes continue

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.invoices_2023 VALIDATE CONSTRAINT invoices_2023_partition_bound;

ALTER TABLE public.invoices_2023 VALIDATE CONSTRAINT invoices_amount_check;

ALTER TABLE public.invoices_other VALIDATE CONSTRAINT invoices_other_not_invoices_2023;

-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - add CHECK invoices_2023_partition_bound on public.invoices_2023 (NOT VALID): it spares the validation scan when public.invoices_2023 is attached
--   - add CHECK invoices_amount_check on public.invoices_2023 (NOT VALID): public.invoices requires it of its partitions
--   - add CHECK invoices_other_not_invoices_2023 on public.invoices_other (NOT VALID): it spares the scan of the DEFAULT partition when public.invoices_2023 is attached
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.invoices_2023, brief: NOT VALID skips the scan
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.invoices_other, brief: NOT VALID skips the scan

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.invoices_2023 ADD CONSTRAINT invoices_2023_partition_bound CHECK ((issued_on IS NOT NULL) AND (issued_on >= '2023-01-01'::date) AND (issued_on < '2024-01-01'::date)) NOT VALID;

ALTER TABLE public.invoices_2023 ADD CONSTRAINT invoices_amount_check CHECK (amount >= 0) NOT VALID;

ALTER TABLE public.invoices_other ADD CONSTRAINT invoices_other_not_invoices_2023 CHECK (NOT ((issued_on IS NOT NULL) AND (issued_on >= '2023-01-01'::date) AND (issued_on < '2024-01-01'::date))) NOT VALID;

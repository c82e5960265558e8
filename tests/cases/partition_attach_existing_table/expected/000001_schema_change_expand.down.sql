-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - add CHECK invoices_2023_partition_bound on public.invoices_2023 (NOT VALID): it spares the validation scan when public.invoices_2023 is attached
--   - add CHECK invoices_amount_check on public.invoices_2023 (NOT VALID): public.invoices requires it of its partitions
--   - add CHECK invoices_other_not_invoices_2023 on public.invoices_other (NOT VALID): it spares the scan of the DEFAULT partition when public.invoices_2023 is attached

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.invoices_other DROP CONSTRAINT invoices_other_not_invoices_2023;

ALTER TABLE public.invoices_2023 DROP CONSTRAINT invoices_amount_check;

ALTER TABLE public.invoices_2023 DROP CONSTRAINT invoices_2023_partition_bound;

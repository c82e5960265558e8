-- 000005_schema_change_expand_5.down.sql
-- Reverts 000005_schema_change_expand_5.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - attach public.invoices_2023 to public.invoices as a partition (FOR VALUES FROM ('2023-01-01') TO ('2024-01-01'))

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.invoices DETACH PARTITION public.invoices_2023;

ALTER TABLE public.invoices_2023 ADD CONSTRAINT invoices_2023_partition_bound CHECK ((issued_on IS NOT NULL) AND (issued_on >= '2023-01-01'::date) AND (issued_on < '2024-01-01'::date)) NOT VALID;

ALTER TABLE public.invoices_other ADD CONSTRAINT invoices_other_not_invoices_2023 CHECK (NOT ((issued_on IS NOT NULL) AND (issued_on >= '2023-01-01'::date) AND (issued_on < '2024-01-01'::date))) NOT VALID;

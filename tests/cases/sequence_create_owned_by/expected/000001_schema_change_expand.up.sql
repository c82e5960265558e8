-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - create sequence public.invoice_number_seq
--   - set the owner of sequence public.invoice_number_seq

SET LOCAL lock_timeout = '5s';

CREATE SEQUENCE public.invoice_number_seq INCREMENT BY 5 MINVALUE 1000 MAXVALUE 999999999;

ALTER SEQUENCE public.invoice_number_seq OWNED BY public.invoices.invoice_number;

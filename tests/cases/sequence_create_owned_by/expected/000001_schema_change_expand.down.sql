-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - create sequence public.invoice_number_seq
--   - set the owner of sequence public.invoice_number_seq

SET LOCAL lock_timeout = '5s';

ALTER SEQUENCE public.invoice_number_seq OWNED BY NONE;

DROP SEQUENCE public.invoice_number_seq;

-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - create table public.invoice_items
--   - add column public.accounts.billing_email (nullable until backfilled)
--   - alter column public.accounts.name
--   - add column public.users.last_login_at
--   - add constraint invoice_items_invoice_id_fkey on public.invoice_items
--   - add constraint invoice_items_project_id_fkey on public.invoice_items
--   - add constraint projects_created_by_fkey on public.projects (NOT VALID)
--   - create index public.invoice_items_invoice_id_idx
--   - set comments

SET LOCAL lock_timeout = '5s';

COMMENT ON COLUMN public.accounts.billing_email IS NULL;

DROP INDEX public.invoice_items_invoice_id_idx;

ALTER TABLE public.projects DROP CONSTRAINT projects_created_by_fkey;

ALTER TABLE public.invoice_items DROP CONSTRAINT invoice_items_project_id_fkey;

ALTER TABLE public.invoice_items DROP CONSTRAINT invoice_items_invoice_id_fkey;

ALTER TABLE public.users DROP COLUMN last_login_at;

ALTER TABLE public.accounts ALTER COLUMN name TYPE character varying(80);

ALTER TABLE public.accounts DROP COLUMN billing_email;

DROP TABLE public.invoice_items;

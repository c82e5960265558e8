-- 000002_schema_change_expand_2.down.sql
-- Reverts 000002_schema_change_expand_2.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - add constraint accounts_pkey on public.accounts using its index

ALTER TABLE public.accounts DROP CONSTRAINT accounts_pkey;

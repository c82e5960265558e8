-- 000002_schema_change_expand_2.down.sql
-- Reverts 000002_schema_change_expand_2.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - add constraint api_keys_account_label_key on public.api_keys using its index

ALTER TABLE public.api_keys DROP CONSTRAINT api_keys_account_label_key;

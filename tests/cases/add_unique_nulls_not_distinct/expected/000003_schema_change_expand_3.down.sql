-- 000003_schema_change_expand_3.down.sql
-- Reverts 000003_schema_change_expand_3.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - add constraint api_keys_account_label_key on public.api_keys using its index

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.api_keys DROP CONSTRAINT api_keys_account_label_key;

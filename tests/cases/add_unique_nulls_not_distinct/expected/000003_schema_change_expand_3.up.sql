-- 000003_schema_change_expand_3.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - add constraint api_keys_account_label_key on public.api_keys using its index
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.api_keys, brief: the index is already built

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.api_keys ADD CONSTRAINT api_keys_account_label_key UNIQUE USING INDEX api_keys_account_label_key;

-- 000002_schema_change_expand_2.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - add constraint accounts_pkey on public.accounts using its index
--
-- Hazards (locks, rewrites, scans):
--   - ACCESS EXCLUSIVE lock on public.accounts, brief: the index is already built
--
-- Before the next phase:
--   Deploy the application version that no longer reads or writes what the contract phase removes or tightens, then run the contract files.

ALTER TABLE public.accounts ADD CONSTRAINT accounts_pkey PRIMARY KEY USING INDEX accounts_pkey;

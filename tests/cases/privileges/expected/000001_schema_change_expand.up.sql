-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - grant UPDATE on column public.accounts.email to gen_app_writer
--   - grant default privilege SELECT on tables to gen_app_reader
--   - grant EXECUTE on ROUTINE public.add_one(i integer) to gen_app_writer
--   - grant CREATE on SCHEMA reporting to gen_app_reader
--   - grant SELECT on SEQUENCE public.invoice_numbers to gen_app_writer
--   - grant USAGE on SEQUENCE public.invoice_numbers to gen_app_writer
--   - add the grant option of SELECT on TABLE public.accounts for gen_app_reader
--   - revoke DELETE on TABLE public.old_audit from gen_app_writer
--   - revoke INSERT on TABLE public.old_audit from gen_app_writer
--   - revoke REFERENCES on TABLE public.old_audit from gen_app_writer
--   - revoke SELECT on TABLE public.old_audit from gen_app_writer
--   - revoke TRIGGER on TABLE public.old_audit from gen_app_writer
--   - revoke TRUNCATE on TABLE public.old_audit from gen_app_writer
--   - revoke UPDATE on TABLE public.old_audit from gen_app_writer
--   - replace view public.account_emails (columns appended; the down drops it and what depends on it, and creates them again)
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.account_emails, brief
--
-- Before the next phase:
--   Deploy the application version that no longer reads or writes what the contract phase removes or tightens, then run the contract files.

SET LOCAL lock_timeout = '5s';

GRANT UPDATE (email) ON TABLE public.accounts TO gen_app_writer;

ALTER DEFAULT PRIVILEGES IN SCHEMA reporting GRANT SELECT ON TABLES TO gen_app_reader;

GRANT EXECUTE ON ROUTINE public.add_one(i integer) TO gen_app_writer;

GRANT CREATE ON SCHEMA reporting TO gen_app_reader;

GRANT SELECT ON SEQUENCE public.invoice_numbers TO gen_app_writer;

GRANT USAGE ON SEQUENCE public.invoice_numbers TO gen_app_writer;

GRANT SELECT ON TABLE public.accounts TO gen_app_reader WITH GRANT OPTION;

CREATE OR REPLACE VIEW account_emails AS SELECT id, email, balance FROM accounts;

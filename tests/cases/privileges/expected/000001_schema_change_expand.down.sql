-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
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

SET LOCAL lock_timeout = '5s';

REVOKE SELECT ON TABLE public.account_emails FROM gen_app_reader;

DROP VIEW public.account_emails;

CREATE VIEW account_emails AS SELECT id, email FROM accounts;

GRANT UPDATE ON TABLE public.old_audit TO gen_app_writer;

GRANT TRUNCATE ON TABLE public.old_audit TO gen_app_writer;

GRANT TRIGGER ON TABLE public.old_audit TO gen_app_writer;

GRANT SELECT ON TABLE public.old_audit TO gen_app_writer;

GRANT REFERENCES ON TABLE public.old_audit TO gen_app_writer;

GRANT INSERT ON TABLE public.old_audit TO gen_app_writer;

GRANT DELETE ON TABLE public.old_audit TO gen_app_writer;

REVOKE GRANT OPTION FOR SELECT ON TABLE public.accounts FROM gen_app_reader;

GRANT SELECT ON TABLE public.account_emails TO gen_app_reader;

REVOKE USAGE ON SEQUENCE public.invoice_numbers FROM gen_app_writer;

REVOKE SELECT ON SEQUENCE public.invoice_numbers FROM gen_app_writer;

REVOKE CREATE ON SCHEMA reporting FROM gen_app_reader;

REVOKE EXECUTE ON ROUTINE public.add_one(i integer) FROM gen_app_writer;

ALTER DEFAULT PRIVILEGES IN SCHEMA reporting REVOKE SELECT ON TABLES FROM gen_app_reader;

REVOKE UPDATE (email) ON TABLE public.accounts FROM gen_app_writer;

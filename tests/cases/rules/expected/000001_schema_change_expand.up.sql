-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - create sequence public.deletions_id_seq
--   - create table public.deletions
--   - add gen_new_row_id beside row_id on public.audit_log, kept in sync by trigger gen_sync_audit_log
--   - set the owner of sequence public.deletions_id_seq
--   - drop rule keep_named on public.tags (to create it again)
--   - alter column public.tags.name
--   - create rule keep_named on public.tags
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.audit_log, brief: nullable columns without default need no rewrite (the trigger's SHARE ROW EXCLUSIVE lock is brief too); until the swap, every write to public.audit_log also converts row_id
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.tags, brief
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.tags, brief: the type change needs no rewrite
--
-- Before the next phase:
--   Deploy application code that writes the new columns before running the backfill.

SET LOCAL lock_timeout = '5s';

CREATE SEQUENCE public.deletions_id_seq;

CREATE TABLE public.deletions (
    id bigint DEFAULT nextval('public.deletions_id_seq'::REGCLASS) NOT NULL,
    table_name text NOT NULL,
    row_id bigint NOT NULL,
    deleted_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT deletions_pkey PRIMARY KEY (id)
);

ALTER TABLE public.audit_log ADD COLUMN gen_new_row_id bigint;

CREATE FUNCTION public.gen_sync_audit_log() RETURNS trigger LANGUAGE plpgsql AS $gen$
BEGIN
  NEW.gen_new_row_id := (NEW.row_id)::bigint;
  RETURN NEW;
END
$gen$;

CREATE TRIGGER gen_sync_audit_log BEFORE INSERT OR UPDATE ON public.audit_log FOR EACH ROW EXECUTE FUNCTION public.gen_sync_audit_log();

ALTER SEQUENCE public.deletions_id_seq OWNED BY public.deletions.id;

DROP RULE keep_named ON public.tags;

ALTER TABLE public.tags ALTER COLUMN name TYPE character varying(100);

CREATE RULE keep_named AS ON UPDATE TO tags WHERE new.name = '' DO INSTEAD NOTHING;

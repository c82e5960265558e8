-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - create sequence public.deletions_id_seq
--   - create table public.deletions
--   - add gen_new_row_id beside row_id on public.audit_log, kept in sync by trigger gen_sync_audit_log
--   - set the owner of sequence public.deletions_id_seq
--   - drop rule keep_named on public.tags (to create it again)
--   - alter column public.tags.name
--   - create rule keep_named on public.tags

SET LOCAL lock_timeout = '5s';

DROP RULE keep_named ON public.tags;

ALTER TABLE public.tags ALTER COLUMN name TYPE character varying(50);

CREATE RULE keep_named AS ON UPDATE TO tags WHERE new.name = '' DO INSTEAD NOTHING;

ALTER SEQUENCE public.deletions_id_seq OWNED BY NONE;

DROP TRIGGER IF EXISTS gen_sync_audit_log ON public.audit_log;

DROP FUNCTION IF EXISTS public.gen_sync_audit_log();

ALTER TABLE public.audit_log DROP COLUMN IF EXISTS gen_new_row_id;

DROP TABLE public.deletions;

DROP SEQUENCE public.deletions_id_seq;

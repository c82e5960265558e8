-- 000005_schema_change_contract.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - drop rule log_delete on public.posts (to create it again)
--   - create rule log_delete on public.posts
--   - drop rule forget_history on public.tags (to create it again)
--   - swap gen_new_row_id in for row_id on public.audit_log
--   - create rule log_retitle on public.posts
--   - create rule forget_history on public.tags
--   - drop rule no_tag_delete on public.tags
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.posts, brief
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.tags, brief
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.audit_log, brief: the prepared columns, indexes and validated NOT NULL checks are swapped in, CHECKs and foreign keys re-added NOT VALID
--   - [lossy-down] the down converts row_id back in place: it rewrites public.audit_log under ACCESS EXCLUSIVE

SET LOCAL lock_timeout = '5s';

DROP RULE log_delete ON public.posts;

CREATE RULE log_delete AS ON DELETE TO posts
    DO ALSO INSERT INTO deletions (table_name, row_id) VALUES ('posts', old.id);

COMMENT ON RULE log_delete ON public.posts IS 'keeps deleted post ids';

DROP RULE forget_history ON public.tags;

DROP TRIGGER gen_sync_audit_log ON public.audit_log;

DROP FUNCTION public.gen_sync_audit_log();

ALTER TABLE public.audit_log DROP COLUMN row_id;

ALTER TABLE public.audit_log RENAME COLUMN gen_new_row_id TO row_id;

ALTER TABLE public.audit_log ALTER COLUMN row_id SET NOT NULL;

ALTER TABLE public.audit_log DROP CONSTRAINT audit_log_gen_new_row_id_not_null;

CREATE RULE log_retitle AS ON UPDATE TO posts WHERE new.title <> old.title
    DO ALSO INSERT INTO audit_log (table_name, row_id) VALUES ('posts', new.id);

CREATE RULE forget_history AS ON DELETE TO tags DO (
    DELETE FROM public.audit_log WHERE ((audit_log.row_id = old.id) AND (audit_log.table_name = 'tags'::text));
    DELETE FROM public.audit_log WHERE (audit_log.table_name = 'tag_history'::text);
);

DROP RULE no_tag_delete ON public.tags;

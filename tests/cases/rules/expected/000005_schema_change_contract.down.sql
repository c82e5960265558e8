-- 000005_schema_change_contract.down.sql
-- Reverts 000005_schema_change_contract.up.sql.
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Undoes:
--   - drop rule log_delete on public.posts (to create it again)
--   - create rule log_delete on public.posts
--   - drop rule forget_history on public.tags (to create it again)
--   - swap gen_new_row_id in for row_id on public.audit_log
--   - create rule log_retitle on public.posts
--   - create rule forget_history on public.tags
--   - drop rule no_tag_delete on public.tags

SET LOCAL lock_timeout = '5s';

CREATE RULE no_tag_delete AS ON DELETE TO tags DO INSTEAD NOTHING;

COMMENT ON RULE no_tag_delete ON public.tags IS 'tags are never deleted';

DROP RULE forget_history ON public.tags;

DROP RULE log_retitle ON public.posts;

ALTER TABLE public.audit_log ALTER COLUMN row_id TYPE integer USING row_id::integer;

CREATE RULE forget_history AS
    ON DELETE TO public.tags DO ( DELETE FROM public.audit_log
  WHERE ((audit_log.row_id = old.id) AND (audit_log.table_name = 'tags'::text));
 DELETE FROM public.audit_log
  WHERE (audit_log.table_name = 'tag_history'::text);
);

DROP RULE log_delete ON public.posts;

CREATE RULE log_delete AS ON DELETE TO posts
    DO ALSO INSERT INTO audit_log (table_name, row_id) VALUES ('posts', old.id);

SELECT count(*) = 2 FROM posts;
SELECT count(*) = 1 FROM audit_log WHERE row_id = 99;
SELECT definition LIKE '%audit_log%' FROM pg_rules WHERE rulename = 'log_delete';
SELECT count(*) = 0 FROM pg_rules WHERE rulename = 'log_retitle';
SELECT obj_description(oid, 'pg_rewrite') = 'tags are never deleted' FROM pg_rewrite WHERE rulename = 'no_tag_delete';

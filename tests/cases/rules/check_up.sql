SELECT count(*) = 2 FROM posts;
SELECT count(*) = 1 FROM audit_log WHERE row_id = 99;
SELECT definition LIKE '%deletions%' FROM pg_rules WHERE rulename = 'log_delete';
SELECT count(*) = 1 FROM pg_rules WHERE rulename = 'log_retitle';
SELECT count(*) = 0 FROM pg_rules WHERE rulename = 'no_tag_delete';
SELECT obj_description(oid, 'pg_rewrite') = 'keeps deleted post ids' FROM pg_rewrite WHERE rulename = 'log_delete';

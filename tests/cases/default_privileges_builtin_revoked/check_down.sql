SELECT count(*) = 0 FROM pg_default_acl d JOIN pg_roles r ON r.oid = d.defaclrole WHERE r.rolname = 'gen_app_owner';
SELECT (SELECT nspacl::text FROM pg_namespace WHERE nspname = 'public') LIKE '%=U/%';

SELECT count(*) = 1 FROM pg_default_acl d JOIN pg_roles r ON r.oid = d.defaclrole WHERE r.rolname = 'gen_app_owner' AND d.defaclnamespace = 0 AND d.defaclobjtype = 'f';
SELECT acl NOT LIKE '{=U/%' AND acl NOT LIKE '%,=U/%' FROM (SELECT nspacl::text AS acl FROM pg_namespace WHERE nspname = 'public') p;
SELECT has_schema_privilege('gen_app_reader', 'public', 'USAGE');

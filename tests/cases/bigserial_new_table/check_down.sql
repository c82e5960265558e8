SELECT count(*) = 3 FROM users;
SELECT to_regclass('public.audit_events') IS NULL;
SELECT to_regclass('public.audit_events_id_seq') IS NULL;

SELECT count(*) = 3 FROM crm.leads;
SELECT obj_description('crm'::regnamespace, 'pg_namespace') IS NULL;
SELECT obj_description('crm.lead_stage'::regtype, 'pg_type') IS NULL;
SELECT obj_description('crm.leads'::regclass, 'pg_class') IS NULL;
SELECT col_description('crm.leads'::regclass, 2) IS NULL;
SELECT obj_description('crm.leads_email_idx'::regclass, 'pg_class') IS NULL;

SELECT count(*) = 3 FROM crm.leads;
SELECT obj_description('crm'::regnamespace, 'pg_namespace') = 'Customer relationship data';
SELECT obj_description('crm.lead_stage'::regtype, 'pg_type') = 'Sales pipeline stage';
SELECT obj_description('crm.leads'::regclass, 'pg_class') = 'Inbound sales leads';
SELECT col_description('crm.leads'::regclass, 2) = 'Contact email, as typed by the lead';
SELECT obj_description('crm.leads_email_idx'::regclass, 'pg_class') = 'Lookup by email';

CREATE SCHEMA crm;

CREATE TYPE crm.lead_stage AS ENUM ('new', 'qualified', 'won', 'lost');

CREATE TABLE crm.leads (
    id bigint PRIMARY KEY,
    email text NOT NULL,
    stage crm.lead_stage NOT NULL DEFAULT 'new'
);

CREATE INDEX leads_email_idx ON crm.leads (email);

COMMENT ON SCHEMA crm IS 'Customer relationship data';
COMMENT ON TYPE crm.lead_stage IS 'Sales pipeline stage';
COMMENT ON TABLE crm.leads IS 'Inbound sales leads';
COMMENT ON COLUMN crm.leads.email IS 'Contact email, as typed by the lead';
COMMENT ON INDEX crm.leads_email_idx IS 'Lookup by email';

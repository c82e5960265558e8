CREATE SCHEMA crm;

CREATE TYPE crm.lead_stage AS ENUM ('new', 'qualified', 'won', 'lost');

CREATE TABLE crm.leads (
    id bigint PRIMARY KEY,
    email text NOT NULL,
    stage crm.lead_stage NOT NULL DEFAULT 'new'
);

CREATE INDEX leads_email_idx ON crm.leads (email);

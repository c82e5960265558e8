-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - set comments

SET LOCAL lock_timeout = '5s';

COMMENT ON TYPE crm.lead_stage IS 'Sales pipeline stage';

COMMENT ON TABLE crm.leads IS 'Inbound sales leads';

COMMENT ON SCHEMA crm IS 'Customer relationship data';

COMMENT ON INDEX crm.leads_email_idx IS 'Lookup by email';

COMMENT ON COLUMN crm.leads.email IS 'Contact email, as typed by the lead';

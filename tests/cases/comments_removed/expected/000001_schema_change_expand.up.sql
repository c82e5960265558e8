-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - set comments

SET LOCAL lock_timeout = '5s';

COMMENT ON COLUMN crm.leads.email IS NULL;

COMMENT ON INDEX crm.leads_email_idx IS NULL;

COMMENT ON SCHEMA crm IS NULL;

COMMENT ON TABLE crm.leads IS NULL;

COMMENT ON TYPE crm.lead_stage IS NULL;

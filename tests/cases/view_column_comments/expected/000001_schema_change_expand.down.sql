-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - set comments
--   - drop view public.reporting_facilities (to create it again)
--   - create again view public.reporting_facilities

SET LOCAL lock_timeout = '5s';

DROP VIEW public.reporting_facilities;

CREATE VIEW reporting_facilities AS
    SELECT id AS facility_id, name AS facility_name FROM facilities;

COMMENT ON VIEW public.reporting_facilities IS 'facilities for reports';

COMMENT ON COLUMN public.reporting_facilities.facility_id IS 'ID of the facility';

COMMENT ON COLUMN public.reporting_facilities.facility_name IS 'Name of the facility';

COMMENT ON COLUMN public.named_facilities.name IS 'as entered';

COMMENT ON COLUMN public.named_facilities.id IS NULL;

COMMENT ON COLUMN public.facility_counts.region IS NULL;

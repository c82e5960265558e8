-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - set comments
--   - drop view public.reporting_facilities (to create it again)
--   - create again view public.reporting_facilities

SET LOCAL lock_timeout = '5s';

COMMENT ON COLUMN public.facility_counts.region IS 'NULL: no region';

COMMENT ON COLUMN public.named_facilities.id IS 'the facility';

COMMENT ON COLUMN public.named_facilities.name IS NULL;

DROP VIEW public.reporting_facilities;

CREATE VIEW reporting_facilities AS
    SELECT id AS facility_id, name AS facility_name FROM facilities WHERE region IS NOT NULL;

COMMENT ON VIEW public.reporting_facilities IS 'facilities for reports';

COMMENT ON COLUMN public.reporting_facilities.facility_id IS 'ID of the facility';

COMMENT ON COLUMN public.reporting_facilities.facility_name IS 'Name of the facility, as entered';

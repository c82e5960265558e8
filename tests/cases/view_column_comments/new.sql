-- Comments on the columns of views and materialized views (pg_dump writes them as COMMENT ON
-- COLUMN view.column).
CREATE TABLE facilities (
    id bigint PRIMARY KEY,
    name text NOT NULL,
    region text
);

-- changed: created again, with its comments (one of them changed)
CREATE VIEW reporting_facilities AS
    SELECT id AS facility_id, name AS facility_name FROM facilities WHERE region IS NOT NULL;
COMMENT ON VIEW reporting_facilities IS 'facilities for reports';
COMMENT ON COLUMN reporting_facilities.facility_id IS 'ID of the facility';
COMMENT ON COLUMN reporting_facilities.facility_name IS 'Name of the facility, as entered';

-- the same view: one comment goes, one comes
CREATE VIEW named_facilities AS SELECT id, name FROM facilities;
COMMENT ON COLUMN named_facilities.id IS 'the facility';

CREATE MATERIALIZED VIEW facility_counts AS
    SELECT region, count(*) AS n FROM facilities GROUP BY region;
COMMENT ON COLUMN facility_counts.n IS 'facilities in the region';
COMMENT ON COLUMN facility_counts.region IS 'NULL: no region';

-- Comments on the columns of views and materialized views (pg_dump writes them as COMMENT ON
-- COLUMN view.column).
CREATE TABLE facilities (
    id bigint PRIMARY KEY,
    name text NOT NULL,
    region text
);

CREATE VIEW reporting_facilities AS
    SELECT id AS facility_id, name AS facility_name FROM facilities;
COMMENT ON VIEW reporting_facilities IS 'facilities for reports';
COMMENT ON COLUMN reporting_facilities.facility_id IS 'ID of the facility';
COMMENT ON COLUMN reporting_facilities.facility_name IS 'Name of the facility';

CREATE VIEW named_facilities AS SELECT id, name FROM facilities;
COMMENT ON COLUMN named_facilities.name IS 'as entered';

CREATE MATERIALIZED VIEW facility_counts AS
    SELECT region, count(*) AS n FROM facilities GROUP BY region;
COMMENT ON COLUMN facility_counts.n IS 'facilities in the region';

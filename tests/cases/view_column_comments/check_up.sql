SELECT col_description('reporting_facilities'::regclass, 2) = 'Name of the facility, as entered';
SELECT col_description('reporting_facilities'::regclass, 1) = 'ID of the facility';
SELECT col_description('named_facilities'::regclass, 2) IS NULL;
SELECT col_description('facility_counts'::regclass, 1) = 'NULL: no region';

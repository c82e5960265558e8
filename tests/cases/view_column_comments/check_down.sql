SELECT col_description('reporting_facilities'::regclass, 2) = 'Name of the facility';
SELECT col_description('named_facilities'::regclass, 2) = 'as entered';
SELECT col_description('named_facilities'::regclass, 1) IS NULL;
SELECT col_description('facility_counts'::regclass, 1) IS NULL;

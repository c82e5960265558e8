SELECT count(*) = 2 FROM open_issues;
SELECT issue_count() = 2;

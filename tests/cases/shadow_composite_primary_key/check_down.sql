SELECT count(*) IN (29, 35) FROM memberships;

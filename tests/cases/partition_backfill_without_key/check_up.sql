SELECT count(*) = 3000 FROM audit WHERE origin LIKE '100%';
SELECT count(*) = 1000 FROM audit WHERE origin = '100%nobody';
SELECT count(*) > 0 FROM audit_rest_sys;

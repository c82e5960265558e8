-- A materialized view written WITH NO DATA is created empty, as the file says (the plan says
-- that reading it fails until it is refreshed); one without is computed when created.
CREATE TABLE points (id bigint PRIMARY KEY, score int);
CREATE MATERIALIZED VIEW points_later AS SELECT id FROM points WITH NO DATA;
CREATE MATERIALIZED VIEW points_now AS SELECT id, score FROM points;

-- 000003_schema_change_expand_3.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - create again view public.everyone
--   - create again view public.happy

SET LOCAL lock_timeout = '5s';

CREATE VIEW everyone AS SELECT * FROM people;

CREATE VIEW happy AS SELECT id, 'ok'::mood AS m FROM people WHERE feeling = 'ok';

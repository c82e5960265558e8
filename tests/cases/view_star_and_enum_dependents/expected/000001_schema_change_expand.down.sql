-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - drop view public.everyone (to create it again)
--   - add column public.people.email
--   - drop view public.happy (to create it again)

SET LOCAL lock_timeout = '5s';

CREATE VIEW happy AS SELECT id, 'ok'::mood AS m FROM people WHERE feeling = 'ok';

ALTER TABLE public.people DROP COLUMN email;

CREATE VIEW everyone AS SELECT * FROM people;

-- 000006_schema_change_expand_6.down.sql
-- Reverts 000006_schema_change_expand_6.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - attach the partitions' indexes to public.visits_path_idx

SET LOCAL lock_timeout = '5s';

DROP INDEX public.visits_path_idx;

CREATE INDEX visits_2024_path_idx ON public.visits_2024 USING btree ((lower(path)));

-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - attach public.items_b_name_idx to public.items_name_idx
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on each partition's index, brief; SHARE UPDATE EXCLUSIVE on public.items_name_idx

SET LOCAL lock_timeout = '5s';

ALTER INDEX public.items_name_idx ATTACH PARTITION public.items_b_name_idx;

-- 000006_schema_change_expand_6.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - attach the partitions' indexes to public.visits_path_idx
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on each partition's index, brief; SHARE UPDATE EXCLUSIVE on public.visits_path_idx
--
-- Before the next phase:
--   Deploy the application version that no longer reads or writes what the contract phase removes or tightens, then run the contract files.

SET LOCAL lock_timeout = '5s';

ALTER INDEX public.visits_2025_lower_idx ATTACH PARTITION public.visits_2025_xx_lower_idx;

ALTER INDEX public.visits_2025_lower_idx ATTACH PARTITION public.visits_2025_fr_lower_idx;

ALTER INDEX public.visits_path_idx ATTACH PARTITION public.visits_2025_lower_idx;

ALTER INDEX public.visits_path_idx ATTACH PARTITION public.visits_2024_path_idx;

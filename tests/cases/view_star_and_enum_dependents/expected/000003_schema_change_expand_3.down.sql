-- 000003_schema_change_expand_3.down.sql
-- Reverts 000003_schema_change_expand_3.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - create again view public.everyone
--   - create again view public.happy

SET LOCAL lock_timeout = '5s';

DROP VIEW public.happy;

DROP VIEW public.everyone;

-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - create schema reporting
--   - create table reporting.daily_signups
--   - add column public.users.last_seen_at

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.users DROP COLUMN last_seen_at;

DROP TABLE reporting.daily_signups;

DROP SCHEMA reporting;

-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - create type public.user_role

CREATE TYPE public.user_role AS ENUM ('owner', 'admin', 'member', 'viewer');

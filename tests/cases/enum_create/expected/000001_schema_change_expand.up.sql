-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - create type public.user_role

SET LOCAL lock_timeout = '5s';

CREATE TYPE public.user_role AS ENUM ('owner', 'admin', 'member', 'viewer');

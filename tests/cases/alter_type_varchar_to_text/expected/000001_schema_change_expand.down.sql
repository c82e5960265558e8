-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - alter column public.articles.body

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.articles ALTER COLUMN body TYPE character varying(2000) USING body::character varying(2000);

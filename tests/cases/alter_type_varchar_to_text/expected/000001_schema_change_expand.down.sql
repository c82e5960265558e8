-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - alter column public.articles.body

ALTER TABLE public.articles ALTER COLUMN body TYPE character varying(2000) USING body::character varying(2000);

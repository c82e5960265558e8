-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - disable row level security on public.clicks
--   - revoke UPDATE on column public.clicks.campaign from gen_app_writer
--   - revoke SELECT on TABLE public.clicks from gen_app_reader

SET LOCAL lock_timeout = '5s';

GRANT SELECT ON TABLE public.clicks TO gen_app_reader;

GRANT UPDATE (campaign) ON TABLE public.clicks TO gen_app_writer;

ALTER TABLE public.clicks ENABLE ROW LEVEL SECURITY;
